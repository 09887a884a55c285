#include "rp-warning.h"
