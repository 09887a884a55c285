#include "rp-athlete.h"
