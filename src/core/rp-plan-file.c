#include "rp-plan-file.h"
