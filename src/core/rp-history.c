#include "rp-history.h"
