#pragma once
// Includes torch: only for .cpp files that already include torch/torch.h first.
#include <torch/torch.h>

#include "SafeTensors.h"

namespace wb {

/** A module's parameters as named float32 arrays (copied to the CPU), in state_dict naming. */
SafeTensors parametersOf(const torch::nn::Module &module);

/** Overwrites module's parameters with those named alike in parameters; wb::Error (naming source)
 * for a count that differs, a tensor missing or one of another shape. */
void copyParametersInto(torch::nn::Module &module, const SafeTensors &parameters,
                        const std::string &source);

/** Warm start: copies every parameter that parameters holds under the same name and shape,
 * leaving the others as they are; returns how many were copied. */
int copyMatchingParameters(torch::nn::Module &module, const SafeTensors &parameters);

} // namespace wb
