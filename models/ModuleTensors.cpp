#include <torch/torch.h>

#include "ModuleTensors.h"

namespace wb {

SafeTensors parametersOf(const torch::nn::Module &module)
{
    torch::NoGradGuard noGrad;
    SafeTensors t;
    for (const auto &item : module.named_parameters()) {
        const torch::Tensor v = item.value().detach().to(torch::kCPU, torch::kFloat).contiguous();
        SafeTensors::Tensor tensor;
        tensor.shape.assign(v.sizes().begin(), v.sizes().end());
        tensor.data.assign(v.data_ptr<float>(), v.data_ptr<float>() + v.numel());
        t.insert(item.key(), std::move(tensor));
    }
    return t;
}

} // namespace wb
