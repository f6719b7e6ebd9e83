#include "AudioFile.h"
#include "AtomicFile.h"
#include "Parallel.h"
#include "StreamResampler.h"

#include <sndfile.h>

#include <cstring>
#include <memory>
#include <atomic>
#include <numeric>
#include <thread>
#include <vector>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cmath>
#include <filesystem>
#include <system_error>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace wb {

namespace {

constexpr int kMinRate = 1000;
constexpr int kMaxRate = 768000;
constexpr int kMaxChannels = 1024; // libsndfile's own ceiling
// Frames per sf_readf_float / sf_writef_float call, so progress and cancel
// respond quickly and the scratch buffer stays small.
constexpr sf_count_t kChunkFrames = 1 << 16;
// A hard ceiling on what one read may hold (2 GiB of floats, about 3.4 hours
// of 44.1 kHz mono): a forged header or a decompression bomb gets a clear
// error instead of exhausting memory.
constexpr std::size_t kMaxSamples = std::size_t(1) << 29;

std::string quoted(const std::string &path) { return "'" + path + "'"; }

[[noreturn]] void fail(const std::string &path, const std::string &reason)
{
    throw Error("Cannot read " + quoted(path) + ": " + reason);
}

/** Owns the descriptor and the libsndfile handle of a file open for reading. */
struct Reader
{
    int fd = -1;
    SNDFILE *sf = nullptr;
    SF_INFO info{};
    long long fileSize = 0;
    ~Reader()
    {
        if (sf)
            sf_close(sf);
        if (fd >= 0)
            ::close(fd);
    }
};

std::string formatName(int format)
{
    switch (format & SF_FORMAT_TYPEMASK) {
    case SF_FORMAT_WAV: case SF_FORMAT_WAVEX: return "WAV";
    case SF_FORMAT_RF64: return "RF64";
    case SF_FORMAT_W64: return "W64";
    case SF_FORMAT_AIFF: return "AIFF";
    case SF_FORMAT_AU: return "AU";
    case SF_FORMAT_CAF: return "CAF";
    case SF_FORMAT_FLAC: return "FLAC";
    case SF_FORMAT_OGG: return "OGG";
    case SF_FORMAT_MPEG: return (format & SF_FORMAT_SUBMASK) == SF_FORMAT_MPEG_LAYER_III ? "MP3" : "MPEG";
    default: break;
    }
    SF_FORMAT_INFO fi{};
    fi.format = format & SF_FORMAT_TYPEMASK;
    if (sf_command(nullptr, SFC_GET_FORMAT_INFO, &fi, sizeof fi) == 0 && fi.name)
        return fi.name;
    return "unknown";
}

std::string encodingName(int format)
{
    switch (format & SF_FORMAT_SUBMASK) {
    case SF_FORMAT_PCM_S8: return "PCM 8-bit";
    case SF_FORMAT_PCM_U8: return "PCM 8-bit unsigned";
    case SF_FORMAT_PCM_16: return "PCM 16-bit";
    case SF_FORMAT_PCM_24: return "PCM 24-bit";
    case SF_FORMAT_PCM_32: return "PCM 32-bit";
    case SF_FORMAT_FLOAT: return "float 32-bit";
    case SF_FORMAT_DOUBLE: return "float 64-bit";
    case SF_FORMAT_ULAW: return "u-law";
    case SF_FORMAT_ALAW: return "A-law";
    case SF_FORMAT_VORBIS: return "Vorbis";
    case SF_FORMAT_OPUS: return "Opus";
    case SF_FORMAT_MPEG_LAYER_I: return "MPEG Layer I";
    case SF_FORMAT_MPEG_LAYER_II: return "MPEG Layer II";
    case SF_FORMAT_MPEG_LAYER_III: return "MPEG Layer III";
    default: break;
    }
    SF_FORMAT_INFO fi{};
    fi.format = format & SF_FORMAT_SUBMASK;
    if (sf_command(nullptr, SFC_GET_FORMAT_SUBTYPE, &fi, sizeof fi) == 0 && fi.name)
        return fi.name;
    return "unknown";
}

/** Bytes per sample where samples are stored uncompressed, 0 where they are not. */
int storedSampleBytes(int format)
{
    // FLAC also reports PCM_16 or PCM_24 subtypes, but its data is compressed:
    // only containers that hold raw sample data can be bounded by file size.
    switch (format & SF_FORMAT_TYPEMASK) {
    case SF_FORMAT_WAV: case SF_FORMAT_WAVEX: case SF_FORMAT_W64: case SF_FORMAT_RF64:
    case SF_FORMAT_AIFF: case SF_FORMAT_AU: case SF_FORMAT_CAF: case SF_FORMAT_RAW:
        break;
    default:
        return 0;
    }
    switch (format & SF_FORMAT_SUBMASK) {
    case SF_FORMAT_PCM_S8: case SF_FORMAT_PCM_U8: case SF_FORMAT_ULAW: case SF_FORMAT_ALAW: return 1;
    case SF_FORMAT_PCM_16: return 2;
    case SF_FORMAT_PCM_24: return 3;
    case SF_FORMAT_PCM_32: case SF_FORMAT_FLOAT: return 4;
    case SF_FORMAT_DOUBLE: return 8;
    default: return 0;
    }
}

/**
 * How many frames the file can really hold. A header may claim far more than
 * the file contains (a truncated download, a forged size); for uncompressed
 * data the file size bounds it. Compressed streams can legitimately decode to
 * much more than their size, so their claim is only trusted as a hint.
 */
long long plausibleFrames(const Reader &r)
{
    long long frames = std::max<long long>(0, r.info.frames);
    if (frames == SF_COUNT_MAX)
        frames = 0; // libsndfile's "unknown length"
    const int bytes = storedSampleBytes(r.info.format);
    if (bytes > 0)
        frames = std::min(frames, r.fileSize / (static_cast<long long>(bytes) * r.info.channels));
    return frames;
}

void openForReading(const std::string &path, Reader &r)
{
    if (path.empty())
        throw Error("Cannot read an audio file with an empty name");
    // O_NONBLOCK so that a FIFO or device with an audio name cannot block the
    // open forever; fstat then rejects anything that is not a plain file.
    r.fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (r.fd < 0) {
        const int err = errno;
        if (err == ENOENT)
            fail(path, "no such file");
        if (err == EACCES)
            fail(path, "permission denied");
        fail(path, std::error_code(err, std::generic_category()).message());
    }
    struct stat st{};
    if (::fstat(r.fd, &st) != 0)
        fail(path, std::error_code(errno, std::generic_category()).message());
    if (S_ISDIR(st.st_mode))
        fail(path, "it is a folder, not an audio file");
    if (!S_ISREG(st.st_mode))
        fail(path, "not a regular file");
    if (st.st_size == 0)
        fail(path, "the file is empty (0 bytes)");
    r.fileSize = st.st_size;
    ::fcntl(r.fd, F_SETFL, ::fcntl(r.fd, F_GETFL) & ~O_NONBLOCK);

    // The descriptor stays ours (close_desc false): libsndfile's handling of
    // it after a failed open differs between versions.
    r.sf = sf_open_fd(r.fd, SFM_READ, &r.info, SF_FALSE);
    if (!r.sf) {
        // Only the global error slot exists after a failed open; the text is
        // a fixed string, so a race merely risks a less precise message.
        fail(path, std::string("not a readable audio file (") + sf_strerror(nullptr) + ")");
    }
    if (r.info.channels < 1 || r.info.channels > kMaxChannels)
        fail(path, "absurd channel count " + std::to_string(r.info.channels));
    if (r.info.samplerate < kMinRate || r.info.samplerate > kMaxRate)
        fail(path, "absurd sample rate " + std::to_string(r.info.samplerate) + " Hz (expected "
                       + std::to_string(kMinRate) + ".." + std::to_string(kMaxRate) + ")");
}

void checkFinite(const std::string &path, const float *data, std::size_t count)
{
    for (std::size_t i = 0; i < count; ++i)
        if (!std::isfinite(data[i]))
            fail(path, "contains NaN or infinite samples");
}

std::string lowerExtension(const std::string &path)
{
    std::string ext = std::filesystem::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return ext;
}

// Reading a long PCM file that needs resampling in parallel: the file is cut
// into segments at input frames that are multiples of source/gcd, so each
// segment's first output sample falls exactly on an output sample of the
// whole. Each worker opens its own handle, starts decoding a pre-roll before
// its segment (the resampler's start-up transient dies out there), runs a
// post-roll past its end, and copies only its own outputs into the shared
// result. Apart from float rounding the samples equal a serial read's.
constexpr long long kParallelMinSeconds = 60;
constexpr sf_count_t kSegmentRoll = 1 << 14; // input frames either side

bool readSegmentsInParallel(const std::string &path, const Reader &r, long long frames, int outChannels,
                            const ReadOptions &options, std::vector<float> &samples, const ProgressFn &progress)
{
    const bool mono = options.mono;
    const int targetRate = options.targetRate;
    const int workers = options.threads > 0 ? std::min(options.threads, 16)
                                            : std::clamp(int(std::thread::hardware_concurrency()), 1, 4);
    const int srcRate = r.info.samplerate;
    if (workers < 2 || frames < kParallelMinSeconds * srcRate)
        return false;
    const long long g = std::gcd(srcRate, targetRate);
    const long long step = srcRate / g; // input frames per whole number of outputs
    const long long outPerStep = targetRate / g;
    const int channels = r.info.channels;
    StreamResampler sizing(srcRate, targetRate, outChannels);
    const std::size_t totalOut = sizing.outputFrames(std::size_t(frames));
    if (totalOut * std::size_t(outChannels) > kMaxSamples)
        fail(path, "too long to load (over " + std::to_string(kMaxSamples) + " samples)");
    const long long rollSteps = (kSegmentRoll + step - 1) / step;
    const long long roll = rollSteps * step;
    const long long stepsTotal = frames / step;
    samples.assign(totalOut * std::size_t(outChannels), 0.0f);

    std::atomic<bool> stop{false};
    std::atomic<long long> decoded{0};
    auto segment = [&](int index) {
        const long long begin = index == 0 ? 0 : (stepsTotal * index / workers) * step;
        const long long end = index + 1 == workers ? frames : (stepsTotal * (index + 1) / workers) * step;
        const long long from = std::max(0LL, begin - roll);
        const long long to = std::min(frames, end + roll);
        Reader own;
        openForReading(path, own);
        if (sf_seek(own.sf, sf_count_t(from), SEEK_SET) != sf_count_t(from))
            fail(path, "cannot seek while reading in parallel");
        StreamResampler resampler(srcRate, targetRate, outChannels);
        std::vector<float> chunk(std::size_t(kChunkFrames) * std::size_t(channels));
        std::vector<float> mixed;
        std::vector<float> out;
        // Outputs of this resampler are numbered from input frame `from`.
        const long long outBase = (from / step) * outPerStep;
        const long long keepBegin = (begin / step) * outPerStep;
        const long long keepEnd = index + 1 == workers ? (long long)totalOut : (end / step) * outPerStep;
        long long produced = 0; // outputs of this resampler so far
        auto keep = [&]() {
            const long long first = outBase + produced;
            const long long count = (long long)(out.size() / std::size_t(outChannels));
            const long long a = std::max(first, keepBegin);
            const long long b = std::min(first + count, keepEnd);
            if (b > a)
                std::copy(out.begin() + (a - first) * outChannels, out.begin() + (b - first) * outChannels,
                          samples.begin() + a * outChannels);
            produced += count;
            out.clear();
        };
        for (long long at = from; at < to;) {
            if (stop.load(std::memory_order_relaxed))
                return;
            const sf_count_t want = sf_count_t(std::min<long long>(kChunkFrames, to - at));
            const sf_count_t got = sf_readf_float(own.sf, chunk.data(), want);
            if (got != want)
                fail(path, "the file ended early while reading in parallel");
            const std::size_t n = std::size_t(got);
            checkFinite(path, chunk.data(), n * std::size_t(channels));
            const float *data = chunk.data();
            if (mono && channels > 1) {
                mixed.resize(n);
                AudioBuffer::mixToMono(chunk.data(), n, channels, mixed.data());
                data = mixed.data();
            }
            resampler.push(data, n, out);
            keep();
            at += got;
            decoded.fetch_add(got, std::memory_order_relaxed);
            if (index == 0 && progress)
                reportProgress(progress, std::min(1.0, double(decoded.load()) / double(frames + 2 * roll * (workers - 1))));
        }
        resampler.finish(out);
        keep();
    };
    runWorkers(workers, stop, segment);
    return true;
}

} // namespace

AudioFileInfo AudioFile::probe(const std::string &path)
{
    Reader r;
    openForReading(path, r);
    AudioFileInfo info;
    info.path = path;
    info.format = formatName(r.info.format);
    info.encoding = encodingName(r.info.format);
    info.sampleRate = r.info.samplerate;
    info.channels = r.info.channels;
    info.frames = plausibleFrames(r);
    // libsndfile repairs chunk sizes that overrun the file and logs "(should be N)".
    char log[4096] = {};
    sf_command(r.sf, SFC_GET_LOG_INFO, log, sizeof log);
    if (std::strstr(log, "should be"))
        info.warning = "'" + path + "': its header claims more data than the file holds "
                       "(truncated or damaged); using the " + std::to_string(info.frames) +
                       " frames present";
    return info;
}

AudioBuffer AudioFile::read(const std::string &path, const ReadOptions &options,
                            const ProgressFn &progress)
{
    if (options.targetRate != 0 && (options.targetRate < kMinRate || options.targetRate > kMaxRate))
        fail(path, "target sample rate " + std::to_string(options.targetRate) + " Hz is outside "
                       + std::to_string(kMinRate) + ".." + std::to_string(kMaxRate));
    Reader r;
    openForReading(path, r);
    const int channels = r.info.channels;
    const int outChannels = options.mono ? 1 : channels;
    const bool resample = options.targetRate != 0 && options.targetRate != r.info.samplerate;
    const int outRate = resample ? options.targetRate : r.info.samplerate;
    // Resampling happens chunk by chunk as the file decodes, so the full-rate
    // copy of a long file never exists: an hour at 44.1 kHz would otherwise
    // hold 635 MB of floats beside the 318 MB kept at 22.05 kHz.
    std::unique_ptr<StreamResampler> resampler;
    if (resample)
        resampler = std::make_unique<StreamResampler>(r.info.samplerate, options.targetRate, outChannels);

    // Reserve from the plausible length only; a bogus claim then costs at
    // most a few reallocations, never a huge up-front allocation.
    const long long expected = plausibleFrames(r);
    const std::size_t expectedOut = resampler ? resampler->outputFrames(std::size_t(std::max(0LL, expected)))
                                              : std::size_t(std::max(0LL, expected));
    std::vector<float> samples;
    if (resample && storedSampleBytes(r.info.format) > 0
        && readSegmentsInParallel(path, r, expected, outChannels, options, samples,
                                  progress)) {
        reportProgress(progress, 1.0);
        return AudioBuffer(std::move(samples), outChannels, outRate);
    }
    if (expectedOut > 0 && expectedOut * std::size_t(outChannels) <= kMaxSamples)
        samples.reserve(expectedOut * std::size_t(outChannels) + 64);

    std::vector<float> chunk(std::size_t(kChunkFrames) * std::size_t(channels));
    std::vector<float> mixed; // mono mix of a chunk on its way to the resampler
    const bool limitToExpected = storedSampleBytes(r.info.format) > 0;
    long long total = 0;
    reportProgress(progress, 0.0);
    for (;;) {
        sf_count_t want = kChunkFrames;
        if (limitToExpected) // never trust bytes past what the file can hold
            want = std::min<sf_count_t>(want, expected - total);
        if (want <= 0)
            break;
        const sf_count_t got = sf_readf_float(r.sf, chunk.data(), want);
        if (got <= 0)
            break;
        const std::size_t n = std::size_t(got);
        checkFinite(path, chunk.data(), n * std::size_t(channels));
        const std::size_t grows = resampler ? resampler->outputFrames(n) : n;
        if (samples.size() + grows * std::size_t(outChannels) > kMaxSamples)
            fail(path, "too long to load (over " + std::to_string(kMaxSamples) + " samples)");
        const float *frames = chunk.data();
        if (options.mono && channels > 1) {
            if (resampler) {
                mixed.resize(n);
                AudioBuffer::mixToMono(chunk.data(), n, channels, mixed.data());
                frames = mixed.data();
            } else {
                const std::size_t at = samples.size();
                samples.resize(at + n);
                AudioBuffer::mixToMono(chunk.data(), n, channels, samples.data() + at);
                frames = nullptr;
            }
        }
        if (resampler)
            resampler->push(frames, n, samples);
        else if (frames)
            samples.insert(samples.end(), frames, frames + n * std::size_t(outChannels));
        total += got;
        if (expected > 0)
            reportProgress(progress, std::min(1.0, double(total) / double(expected)));
    }
    if (sf_error(r.sf) != SF_ERR_NO_ERROR)
        fail(path, std::string("decoding failed (") + sf_strerror(r.sf) + ")");
    if (total == 0)
        fail(path, "contains no audio samples");
    if (resampler)
        resampler->finish(samples);
    reportProgress(progress, 1.0);
    return AudioBuffer(std::move(samples), outChannels, outRate);
}

void AudioFile::write(const std::string &path, const AudioBuffer &buffer, WriteFormat format)
{
    auto refuse = [&](const std::string &reason) { throw Error(AtomicFile::failure(path, reason)); };
    if (buffer.isEmpty())
        refuse("there is no audio to write");
    if (buffer.channels() > kMaxChannels)
        refuse(std::to_string(buffer.channels()) + " channels is more than a file can hold");
    if (buffer.sampleRate() < kMinRate || buffer.sampleRate() > kMaxRate)
        refuse("sample rate " + std::to_string(buffer.sampleRate()) + " Hz is outside "
               + std::to_string(kMinRate) + ".." + std::to_string(kMaxRate));

    SF_INFO info{};
    info.samplerate = buffer.sampleRate();
    info.channels = buffer.channels();
    switch (format) {
    case WriteFormat::Wav16: info.format = SF_FORMAT_WAV | SF_FORMAT_PCM_16; break;
    case WriteFormat::Flac16: info.format = SF_FORMAT_FLAC | SF_FORMAT_PCM_16; break;
    case WriteFormat::WavFloat: info.format = SF_FORMAT_WAV | SF_FORMAT_FLOAT; break;
    }
    if (!sf_format_check(&info))
        refuse("this format cannot hold " + std::to_string(info.channels) + " channels at "
               + std::to_string(info.samplerate) + " Hz");

    AtomicFile file(path);
    SNDFILE *sf = sf_open_fd(file.fd(), SFM_WRITE, &info, SF_FALSE);
    if (!sf)
        refuse(std::string("libsndfile could not start the file (") + sf_strerror(nullptr) + ")");
    // Clipping in libsndfile too, as a second line of defence: without it an
    // out-of-range float wraps around in integer formats (a loud click).
    sf_command(sf, SFC_SET_CLIPPING, nullptr, SF_TRUE);

    const auto channels = std::size_t(buffer.channels());
    const std::size_t frames = buffer.frames();
    std::vector<float> chunk(std::size_t(kChunkFrames) * channels);
    const float *src = buffer.samples().data();
    for (std::size_t done = 0; done < frames;) {
        const std::size_t n = std::min<std::size_t>(std::size_t(kChunkFrames), frames - done);
        for (std::size_t i = 0; i < n * channels; ++i) {
            const float v = src[done * channels + i];
            chunk[i] = std::isnan(v) ? 0.0f : std::clamp(v, -1.0f, 1.0f);
        }
        if (sf_writef_float(sf, chunk.data(), sf_count_t(n)) != sf_count_t(n)) {
            const std::string why = sf_strerror(sf);
            sf_close(sf);
            refuse("writing samples failed (" + why + ")");
        }
        done += n;
    }
    if (const int err = sf_close(sf); err != 0)
        refuse(std::string("finishing the file failed (") + sf_error_number(err) + ")");
    file.commit();
}

WriteFormat AudioFile::formatForPath(const std::string &path)
{
    const std::string ext = lowerExtension(path);
    if (ext == ".wav")
        return WriteFormat::Wav16;
    if (ext == ".flac")
        return WriteFormat::Flac16;
    const std::string what = ext.empty() ? "no file extension" : "unknown output format '" + ext + "'";
    throw Error(AtomicFile::failure(path, what + " (use .wav or .flac)"));
}

} // namespace wb
