#include "rp-plan.h"
