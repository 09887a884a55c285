#include "rp-reason.h"
