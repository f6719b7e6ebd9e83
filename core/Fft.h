#pragma once
#include <complex>
#include <cstddef>
#include <memory>

namespace wb {

/**
 * A real-to-complex / complex-to-real FFT of one size on FFTW3 single precision.
 * Plans are made once per size (under a lock, as FFTW requires) and reused by
 * every thread; forward() and inverse() may be called concurrently from any
 * thread, since they execute the shared plan on the caller's own arrays. Does
 * not include fftw3.h, so higher layers can use it without seeing FFTW.
 */
class RealFft
{
public:
    /** Deleter for arrays from fftwf_malloc (which must be freed by fftwf_free). */
    struct AlignedFree
    {
        void operator()(void *p) const;
    };

    /**
     * Input and output arrays for forward(Workspace &), allocated with the
     * alignment FFTW planned for, so the transform never goes through the
     * scratch copies forward(in, out) makes for arrays without it. A caller
     * fills in() (for instance with stftFrame) and reads out(). One per
     * thread: it is not shared, only moved.
     */
    class Workspace
    {
    public:
        /** in(): fft.size() floats; out(): fft.bins() complex values; both all zeros at first. */
        explicit Workspace(const RealFft &fft);

        std::size_t size() const { return m_size; }
        float *in() { return m_in.get(); }
        const std::complex<float> *out() const { return m_out.get(); }

    private:
        friend class RealFft;
        std::size_t m_size;
        std::unique_ptr<float[], AlignedFree> m_in;
        std::unique_ptr<std::complex<float>[], AlignedFree> m_out;
    };

    /** The shared transform for size n (n >= 2). Thread-safe. */
    static std::shared_ptr<const RealFft> forSize(std::size_t n);

    std::size_t size() const { return m_size; }
    std::size_t bins() const { return m_size / 2 + 1; }

    /** in: size() floats; out: bins() complex values. Unnormalized, like numpy.fft.rfft. */
    void forward(const float *in, std::complex<float> *out) const;
    /**
     * Transforms ws.in() into ws.out(), as forward(in, out) would, but with
     * nothing to check or copy: the workspace has the plan's alignment
     * whatever the allocator. ws must be made for this size (wb::Error if not).
     */
    void forward(Workspace &ws) const;
    /** in: bins() complex values; out: size() floats, scaled by 1/n like numpy.fft.irfft. */
    void inverse(const std::complex<float> *in, float *out) const;

    ~RealFft();
    RealFft(const RealFft &) = delete;
    RealFft &operator=(const RealFft &) = delete;

    struct Plans;

private:
    explicit RealFft(std::size_t n);
    void planInverse() const;
    std::size_t m_size;
    std::unique_ptr<Plans> m_plans;
};

} // namespace wb
