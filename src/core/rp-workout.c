#include "rp-workout.h"
