#include <torch/torch.h>

#include "ModuleTensors.h"

#include "Error.h"

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

void copyParametersInto(torch::nn::Module &module, const SafeTensors &parameters,
                        const std::string &source)
{
    torch::NoGradGuard noGrad;
    const auto params = module.named_parameters();
    if (params.size() != parameters.tensors().size())
        throw Error("'" + source + "' holds " + std::to_string(parameters.tensors().size()) +
                    " tensors, the model has " + std::to_string(params.size()));
    for (auto &item : params) {
        const auto found = parameters.tensors().find(item.key());
        if (found == parameters.tensors().end())
            throw Error("'" + source + "' lacks the parameter '" + item.key() + "'");
        torch::Tensor p = item.value();
        if (std::vector<std::int64_t>(p.sizes().begin(), p.sizes().end()) != found->second.shape)
            throw Error("'" + source + "': parameter '" + item.key() + "' has another shape");
        p.copy_(torch::from_blob(const_cast<float *>(found->second.data.data()), p.sizes(),
                                 torch::kFloat));
    }
}

int copyMatchingParameters(torch::nn::Module &module, const SafeTensors &parameters)
{
    torch::NoGradGuard noGrad;
    int copied = 0;
    for (auto &item : module.named_parameters()) {
        const auto found = parameters.tensors().find(item.key());
        torch::Tensor p = item.value();
        if (found == parameters.tensors().end() ||
            std::vector<std::int64_t>(p.sizes().begin(), p.sizes().end()) != found->second.shape)
            continue;
        p.copy_(torch::from_blob(const_cast<float *>(found->second.data.data()), p.sizes(), torch::kFloat));
        ++copied;
    }
    return copied;
}

} // namespace wb
