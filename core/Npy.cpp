#include "Npy.h"
#include "AtomicFile.h"
#include "Error.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>

namespace wb {

// The data is copied to and from disk as raw little-endian bytes.
static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "Npy assumes a little-endian host");

namespace {

constexpr char kMagic[] = "\x93NUMPY";
constexpr std::size_t kMagicLen = 6;
constexpr std::size_t kAlign = 64;
// numpy >= 1.23 leaves room for the first axis to grow to this many digits,
// so a file can be appended to in place; copying it keeps our bytes identical.
constexpr std::size_t kGrowthAxisDigits = 21;

std::string headerBytes(const std::string &shape, std::size_t firstDim, const char *descr = "<f4")
{
    std::string dict = std::string("{'descr': '") + descr + "', 'fortran_order': False, 'shape': " + shape + ", }";
    const std::size_t digits = std::to_string(firstDim).size();
    if (digits < kGrowthAxisDigits)
        dict.append(kGrowthAxisDigits - digits, ' ');
    // Same arithmetic as numpy's _wrap_header: an already aligned header still
    // gets a full 64 bytes of padding.
    const std::size_t hlen = dict.size() + 1;
    const std::size_t pad = kAlign - ((kMagicLen + 2 + 2 + hlen) % kAlign);
    const std::size_t total = hlen + pad;
    std::string out(kMagic, kMagicLen);
    out += '\x01';
    out += '\x00';
    out += char(total & 0xff);
    out += char((total >> 8) & 0xff);
    out += dict;
    out.append(pad, ' ');
    out += '\n';
    return out;
}

void writeFile(const std::string &path, const std::string &header, const void *data, std::size_t bytes)
{
    AtomicFile file(path);
    file.write(header.data(), header.size());
    file.write(data, bytes);
    file.commit();
}

std::string shapeOf(std::size_t rows, std::size_t cols)
{
    return "(" + std::to_string(rows) + ", " + std::to_string(cols) + ")";
}

/** IEEE binary16, rounded to nearest even; overflow saturates to infinity, tiny values go subnormal. */
std::uint16_t toHalf(float value)
{
    std::uint32_t f;
    std::memcpy(&f, &value, 4);
    const std::uint16_t sign = std::uint16_t((f >> 16) & 0x8000u);
    const std::uint32_t magnitude = f & 0x7fffffffu;
    if (magnitude >= 0x7f800000u) // inf or NaN
        return std::uint16_t(sign | 0x7c00u | (magnitude > 0x7f800000u ? 0x200u : 0u));
    if (magnitude >= 0x477ff000u) // rounds past 65504
        return std::uint16_t(sign | 0x7c00u);
    if (magnitude < 0x38800000u) { // below 2^-14: subnormal half (or zero)
        if (magnitude < 0x33000000u)
            return sign;
        const std::uint32_t exponent = magnitude >> 23;
        const std::uint32_t mantissa = (magnitude & 0x7fffffu) | 0x800000u;
        const std::uint32_t shift = 126u - exponent; // 14..24
        std::uint32_t h = mantissa >> shift;
        const std::uint32_t rest = mantissa & ((1u << shift) - 1u), halfway = 1u << (shift - 1u);
        if (rest > halfway || (rest == halfway && (h & 1u)))
            ++h;
        return std::uint16_t(sign | h);
    }
    std::uint32_t h = ((magnitude - 0x38000000u) >> 13);
    const std::uint32_t rest = magnitude & 0x1fffu;
    if (rest > 0x1000u || (rest == 0x1000u && (h & 1u)))
        ++h;
    return std::uint16_t(sign | h);
}

/** Just enough of a Python literal parser for the header dict numpy writes. */
class HeaderParser
{
public:
    HeaderParser(const std::string &text, const std::string &path) : m_s(text), m_path(path) {}

    void parse(std::string &descr, bool &fortran, std::vector<long long> &shape)
    {
        bool haveDescr = false, haveFortran = false, haveShape = false;
        expect('{');
        while (!peekIs('}')) {
            const std::string key = string();
            expect(':');
            if (key == "descr") {
                descr = string();
                haveDescr = true;
            } else if (key == "fortran_order") {
                fortran = boolean();
                haveFortran = true;
            } else if (key == "shape") {
                shape = tuple();
                haveShape = true;
            } else {
                bad("unexpected header key '" + key + "'");
            }
            if (!peekIs(','))
                break;
            expect(',');
        }
        expect('}');
        if (!haveDescr || !haveFortran || !haveShape)
            bad("header lacks 'descr', 'fortran_order' or 'shape'");
    }

private:
    [[noreturn]] void bad(const std::string &why) const
    {
        throw Error("Cannot read '" + m_path + "': not a valid .npy header (" + why + ")");
    }
    void skipSpace()
    {
        while (m_i < m_s.size() && std::isspace(static_cast<unsigned char>(m_s[m_i])))
            ++m_i;
    }
    bool peekIs(char c)
    {
        skipSpace();
        return m_i < m_s.size() && m_s[m_i] == c;
    }
    void expect(char c)
    {
        if (!peekIs(c))
            bad(std::string("expected '") + c + "'");
        ++m_i;
    }
    std::string string()
    {
        skipSpace();
        if (m_i >= m_s.size() || (m_s[m_i] != '\'' && m_s[m_i] != '"'))
            bad("expected a quoted string");
        const char quote = m_s[m_i++];
        const std::size_t end = m_s.find(quote, m_i);
        if (end == std::string::npos)
            bad("unterminated string");
        std::string out = m_s.substr(m_i, end - m_i);
        m_i = end + 1;
        return out;
    }
    bool boolean()
    {
        skipSpace();
        for (const char *word : {"True", "False"})
            if (m_s.compare(m_i, std::strlen(word), word) == 0) {
                m_i += std::strlen(word);
                return word[0] == 'T';
            }
        bad("expected True or False");
    }
    std::vector<long long> tuple()
    {
        std::vector<long long> dims;
        expect('(');
        while (!peekIs(')')) {
            skipSpace();
            long long v = 0;
            std::size_t digits = 0;
            while (m_i < m_s.size() && std::isdigit(static_cast<unsigned char>(m_s[m_i]))) {
                if (v > (std::numeric_limits<long long>::max() - 9) / 10)
                    bad("dimension too large");
                v = v * 10 + (m_s[m_i++] - '0');
                ++digits;
            }
            if (digits == 0)
                bad("expected a dimension");
            dims.push_back(v);
            if (!peekIs(','))
                break;
            expect(',');
        }
        expect(')');
        return dims;
    }

    const std::string &m_s;
    const std::string &m_path;
    std::size_t m_i = 0;
};

} // namespace

void Npy::write(const std::string &path, const Matrix &matrix)
{
    const std::string shape = shapeOf(matrix.rows(), matrix.cols());
    writeFile(path, headerBytes(shape, matrix.rows()), matrix.data(), matrix.size() * sizeof(float));
}

void Npy::write(const std::string &path, const std::vector<float> &vector)
{
    const std::string shape = "(" + std::to_string(vector.size()) + ",)";
    writeFile(path, headerBytes(shape, vector.size()), vector.data(), vector.size() * sizeof(float));
}

void Npy::writeUint8(const std::string &path, const std::vector<std::uint8_t> &vector)
{
    const std::string shape = "(" + std::to_string(vector.size()) + ",)";
    writeFile(path, headerBytes(shape, vector.size(), "|u1"), vector.data(), vector.size());
}

void Npy::writeFloat16(const std::string &path, std::size_t rows, std::size_t cols, const std::vector<float> &values)
{
    if (values.size() != rows * cols)
        throw Error("Cannot write '" + path + "': " + std::to_string(values.size()) + " values are not " +
                    std::to_string(rows) + " x " + std::to_string(cols));
    std::vector<std::uint16_t> half(values.size());
    std::transform(values.begin(), values.end(), half.begin(), toHalf);
    writeFile(path, headerBytes(shapeOf(rows, cols), rows, "<f2"), half.data(), half.size() * 2);
}

Matrix Npy::read(const std::string &path)
{
    auto fail = [&](const std::string &why) -> Error { return Error("Cannot read '" + path + "': " + why); };
    // Checked before opening: an ifstream happily "opens" a folder, and
    // opening a FIFO would block forever.
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (!std::filesystem::exists(status))
        throw fail("no such file");
    if (std::filesystem::is_directory(status))
        throw fail("it is a folder, not a .npy file");
    if (!std::filesystem::is_regular_file(status))
        throw fail("not a regular file");
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in)
        throw fail("cannot open the file (permission denied?)");
    const std::streamoff fileSize = in.tellg();
    if (fileSize == 0)
        throw fail("the file is empty (0 bytes)");
    in.seekg(0);

    char prefix[12] = {};
    in.read(prefix, 10);
    const auto got = std::size_t(in.gcount());
    if (std::memcmp(prefix, kMagic, std::min(got, kMagicLen)) != 0)
        throw fail("not a .npy file (it does not start with \\x93NUMPY)");
    if (got < 10)
        throw fail("truncated .npy header");
    const int major = static_cast<unsigned char>(prefix[6]);
    std::size_t headerLen = 0;
    std::size_t prefixLen = 10;
    if (major == 1) {
        headerLen = std::size_t(static_cast<unsigned char>(prefix[8]))
                    | std::size_t(static_cast<unsigned char>(prefix[9])) << 8;
    } else if (major == 2 || major == 3) {
        // Versions 2 and 3 only widen the length field to four bytes.
        if (!in.read(prefix + 10, 2))
            throw fail("truncated .npy header");
        prefixLen = 12;
        for (int b = 0; b < 4; ++b)
            headerLen |= std::size_t(static_cast<unsigned char>(prefix[8 + b])) << (8 * b);
    } else {
        throw fail("unsupported .npy format version " + std::to_string(major));
    }
    if (std::streamoff(prefixLen + headerLen) > fileSize)
        throw fail("truncated .npy header");
    std::string header(headerLen, '\0');
    in.read(header.data(), std::streamsize(headerLen));

    std::string descr;
    bool fortran = false;
    std::vector<long long> shape;
    HeaderParser(header, path).parse(descr, fortran, shape);
    if (fortran)
        throw fail("Fortran-ordered arrays are not supported (save with np.ascontiguousarray)");
    if (descr.size() > 1 && descr[0] == '>')
        throw fail("big-endian data ('" + descr + "') is not supported; use little-endian '<f4'");
    if (descr != "<f4" && descr != "<f8")
        throw fail("data type '" + descr + "' is not supported; use float32 ('<f4') or float64 ('<f8')");
    if (shape.empty() || shape.size() > 2)
        throw fail("expected a 1-D or 2-D array, found " + std::to_string(shape.size()) + " dimensions");

    const std::size_t rows = shape.size() == 2 ? std::size_t(shape[0]) : 1;
    const std::size_t cols = std::size_t(shape.back());
    const std::size_t itemSize = descr == "<f4" ? 4 : 8;
    const auto available = std::size_t(fileSize) - prefixLen - headerLen;
    // Compare before multiplying out fully so a forged shape cannot overflow
    // or drive a huge allocation.
    if (cols != 0 && rows > available / itemSize / cols)
        throw fail("truncated data: the header promises more values than the file holds");
    const std::size_t count = rows * cols;

    Matrix m(rows, cols);
    if (itemSize == 4) {
        in.read(reinterpret_cast<char *>(m.data()), std::streamsize(count * 4));
    } else {
        std::vector<double> tmp(count);
        in.read(reinterpret_cast<char *>(tmp.data()), std::streamsize(count * 8));
        for (std::size_t i = 0; i < count; ++i)
            m.data()[i] = float(tmp[i]);
    }
    if (!in)
        throw fail("truncated data");
    return m;
}

} // namespace wb
