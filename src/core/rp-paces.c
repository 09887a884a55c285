#include "rp-paces.h"
