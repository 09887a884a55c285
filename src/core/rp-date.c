#include "rp-date.h"
