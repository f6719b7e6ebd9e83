#pragma once
// Includes torch: only for .cpp files that already include torch/torch.h first.
#include <torch/torch.h>

#include "SafeTensors.h"

namespace wb {

/** A module's parameters as named float32 arrays (copied to the CPU), in state_dict naming. */
SafeTensors parametersOf(const torch::nn::Module &module);

} // namespace wb
