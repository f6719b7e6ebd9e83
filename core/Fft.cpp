#include "Fft.h"

#include "Error.h"

#include <fftw3.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <map>
#include <mutex>
#include <string>

#include <unistd.h>

namespace wb {

void RealFft::AlignedFree::operator()(void *p) const
{
    fftwf_free(p);
}

namespace {

// FFTW's planner (and plan destruction) is not thread-safe; execution of an
// existing plan on new arrays is. Everything that touches the planner takes
// this lock.
std::mutex &plannerMutex()
{
    static std::mutex m;
    return m;
}

using AlignedFloats = std::unique_ptr<float[], RealFft::AlignedFree>;

// A per-thread, FFTW-aligned scratch area that only ever grows. Used when a
// caller's arrays do not have the alignment the plans were made for, and for
// c2r, which overwrites its input.
class Scratch
{
public:
    float *get(std::size_t floats)
    {
        if (floats > m_capacity) {
            m_data.reset(fftwf_alloc_real(floats));
            if (!m_data)
                throw std::bad_alloc();
            m_capacity = floats;
        }
        return m_data.get();
    }

private:
    AlignedFloats m_data;
    std::size_t m_capacity = 0;
};

Scratch &scratchIn()
{
    thread_local Scratch s;
    return s;
}

Scratch &scratchOut()
{
    thread_local Scratch s;
    return s;
}

// FFTW_MEASURE plans cost about 0.2 s per transform and size on a laptop
// core, every time the program starts. FFTW's "wisdom" remembers what it
// measured: it is kept in the user's cache folder (or WB_FFTW_WISDOM; set
// it empty to disable) so the planner times each size once per machine.
// The cache is a convenience: any failure to read or write it is ignored.
std::string wisdomPath()
{
    if (const char *env = std::getenv("WB_FFTW_WISDOM"))
        return env;
    if (const char *xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg)
        return std::string(xdg) + "/wavebench/fftw-wisdom";
    if (const char *home = std::getenv("HOME"); home && *home)
        return std::string(home) + "/.cache/wavebench/fftw-wisdom";
    return {};
}

// Call with the planner lock held.
void importWisdomOnce()
{
    static bool done = false;
    if (done)
        return;
    done = true;
    const std::string path = wisdomPath();
    if (!path.empty())
        fftwf_import_wisdom_from_filename(path.c_str());
}

// Call with the planner lock held. Written to a private file and renamed,
// so a concurrent reader never sees half of it.
void exportWisdom()
{
    const std::string path = wisdomPath();
    if (path.empty())
        return;
    std::error_code ec;
    std::filesystem::create_directories(std::filesystem::path(path).parent_path(), ec);
    const std::string tmp = path + ".tmp" + std::to_string(::getpid());
    if (fftwf_export_wisdom_to_filename(tmp.c_str()))
        std::filesystem::rename(tmp, path, ec);
    if (ec)
        std::remove(tmp.c_str());
}

bool aligned(const void *p)
{
    return fftwf_alignment_of(static_cast<float *>(const_cast<void *>(p))) == 0;
}

} // namespace

struct RealFft::Plans
{
    fftwf_plan forward = nullptr;
    fftwf_plan inverse = nullptr; // planned on first use: most callers never invert
    std::once_flag inverseOnce;
};

RealFft::RealFft(std::size_t n) : m_size(n), m_plans(std::make_unique<Plans>())
{
    const int ni = static_cast<int>(n);
    AlignedFloats real(fftwf_alloc_real(n));
    AlignedFloats cplx(fftwf_alloc_real(2 * (n / 2 + 1)));
    if (!real || !cplx)
        throw std::bad_alloc();
    auto *c = reinterpret_cast<fftwf_complex *>(cplx.get());
    // FFTW_MEASURE times a few candidate algorithms (milliseconds for n = 2048,
    // once per size per process); FFTW_PATIENT ran no faster here (4.05 vs
    // 4.1 ms for 2584 transforms of 2048) and plans for most of a second.
    // The plans are made on aligned arrays so they may use SIMD; unaligned
    // callers are copied through aligned scratch instead of planning with
    // FFTW_UNALIGNED, measured on the dev VM: aligned 4.1 ms, aligned plus
    // both copies 4.9 ms, FFTW_UNALIGNED 16-20 ms (it gives up SIMD). The
    // SSE/AVX build of FFTW 3.3.10 only asks for 16-byte alignment, which
    // glibc's malloc already gives a std::vector; Workspace guarantees it.
    std::lock_guard<std::mutex> lock(plannerMutex());
    importWisdomOnce();
    m_plans->forward = fftwf_plan_dft_r2c_1d(ni, real.get(), c, FFTW_MEASURE);
    if (!m_plans->forward)
        throw Error("FFTW could not plan a transform of size " + std::to_string(n));
    exportWisdom();
}

void RealFft::planInverse() const
{
    std::call_once(m_plans->inverseOnce, [this] {
        const int ni = static_cast<int>(m_size);
        AlignedFloats real(fftwf_alloc_real(m_size));
        AlignedFloats cplx(fftwf_alloc_real(2 * (m_size / 2 + 1)));
        if (!real || !cplx)
            throw std::bad_alloc();
        std::lock_guard<std::mutex> lock(plannerMutex());
        importWisdomOnce();
        m_plans->inverse = fftwf_plan_dft_c2r_1d(ni, reinterpret_cast<fftwf_complex *>(cplx.get()), real.get(),
                                                 FFTW_MEASURE);
        if (!m_plans->inverse)
            throw Error("FFTW could not plan an inverse transform of size " + std::to_string(m_size));
        exportWisdom();
    });
}

RealFft::~RealFft()
{
    std::lock_guard<std::mutex> lock(plannerMutex());
    if (m_plans->forward)
        fftwf_destroy_plan(m_plans->forward);
    if (m_plans->inverse)
        fftwf_destroy_plan(m_plans->inverse);
}

std::shared_ptr<const RealFft> RealFft::forSize(std::size_t n)
{
    if (n < 2 || n > (std::size_t(1) << 24))
        throw Error("FFT size " + std::to_string(n) + " is out of range (2 .. 16777216)");
    // Deliberately never destroyed: transforms live for the whole process, and
    // leaking the registry avoids static-destruction-order trouble with the
    // planner lock.
    static auto *registry = new std::map<std::size_t, std::shared_ptr<const RealFft>>;
    static std::mutex registryMutex;
    std::lock_guard<std::mutex> lock(registryMutex);
    auto &slot = (*registry)[n];
    if (!slot)
        slot.reset(new RealFft(n));
    return slot;
}

void RealFft::forward(const float *in, std::complex<float> *out) const
{
    const std::size_t n = m_size;
    const std::size_t nb = bins();
    // FFTW never writes to the input of an out-of-place r2c, so the cast is safe.
    float *src = const_cast<float *>(in);
    if (!aligned(src)) {
        src = scratchIn().get(n);
        std::memcpy(src, in, n * sizeof(float));
    }
    if (aligned(out)) {
        fftwf_execute_dft_r2c(m_plans->forward, src, reinterpret_cast<fftwf_complex *>(out));
    } else {
        float *dst = scratchOut().get(2 * nb);
        fftwf_execute_dft_r2c(m_plans->forward, src, reinterpret_cast<fftwf_complex *>(dst));
        std::memcpy(static_cast<void *>(out), dst, nb * sizeof(std::complex<float>));
    }
}

RealFft::Workspace::Workspace(const RealFft &fft)
    : m_size(fft.size()), m_in(fftwf_alloc_real(fft.size())),
      m_out(reinterpret_cast<std::complex<float> *>(fftwf_alloc_complex(fft.bins())))
{
    if (!m_in || !m_out)
        throw std::bad_alloc();
    std::fill_n(m_in.get(), m_size, 0.0f);
    std::fill_n(m_out.get(), fft.bins(), std::complex<float>());
}

void RealFft::forward(Workspace &ws) const
{
    if (ws.size() != m_size)
        throw Error("FFT workspace of size " + std::to_string(ws.size())
                    + " used with a transform of size " + std::to_string(m_size));
    // fftwf_malloc gives the arrays the alignment the plan was made with, as
    // fftwf_execute_dft_r2c requires, and r2c never writes to its input.
    fftwf_execute_dft_r2c(m_plans->forward, ws.m_in.get(),
                          reinterpret_cast<fftwf_complex *>(ws.m_out.get()));
}

void RealFft::inverse(const std::complex<float> *in, float *out) const
{
    planInverse();
    const std::size_t n = m_size;
    const std::size_t nb = bins();
    // c2r destroys its input, so it always runs on a private copy.
    float *src = scratchIn().get(2 * nb);
    std::memcpy(src, static_cast<const void *>(in), nb * sizeof(std::complex<float>));
    float *dst = aligned(out) ? out : scratchOut().get(n);
    fftwf_execute_dft_c2r(m_plans->inverse, reinterpret_cast<fftwf_complex *>(src), dst);
    const float scale = 1.0f / static_cast<float>(n);
    for (std::size_t i = 0; i < n; ++i)
        out[i] = dst[i] * scale;
}

} // namespace wb
