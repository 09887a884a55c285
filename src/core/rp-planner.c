#include "rp-planner.h"
