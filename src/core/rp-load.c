#include "rp-load.h"
