#include "rp-kind.h"
