#include "SpeakerMap.h"

#include "Error.h"
#include "SafeTensors.h"
#include "SpeakerEncoder.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <random>

namespace wb {

namespace {

constexpr const char *kFormat = "wavebench-speaker-map";

std::string toJson(const QJsonArray &array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact).toStdString();
}

QJsonArray jsonArray(const std::map<std::string, std::string> &metadata, const std::string &key,
                     const std::string &source)
{
    const auto it = metadata.find(key);
    if (it == metadata.end())
        throw Error("'" + source + "' has no '" + key + "' list: not a speaker map");
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(it->second));
    if (!doc.isArray())
        throw Error("'" + source + "': '" + key + "' is not a JSON list");
    return doc.array();
}

double dot(const std::vector<double> &a, const std::vector<double> &b)
{
    double s = 0.0;
    for (std::size_t i = 0; i < a.size(); ++i)
        s += a[i] * b[i];
    return s;
}

void normalize(std::vector<double> &v)
{
    const double n = std::sqrt(dot(v, v));
    if (n > 0)
        for (double &x : v)
            x /= n;
}

/** y = C x for a symmetric D x D matrix stored row-major. */
std::vector<double> multiply(const std::vector<double> &c, const std::vector<double> &x)
{
    const std::size_t d = x.size();
    std::vector<double> y(d, 0.0);
    for (std::size_t i = 0; i < d; ++i) {
        const double *row = c.data() + i * d;
        double s = 0.0;
        for (std::size_t j = 0; j < d; ++j)
            s += row[j] * x[j];
        y[i] = s;
    }
    return y;
}

/** The largest eigenvector of c by power iteration (from a fixed pseudo-random start). */
std::vector<double> powerIteration(const std::vector<double> &c, std::size_t d, int iterations,
                                   unsigned seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<double> g;
    std::vector<double> v(d);
    for (double &x : v)
        x = g(rng);
    normalize(v);
    for (int it = 0; it < iterations; ++it) {
        std::vector<double> next = multiply(c, v);
        normalize(next);
        const double change = 1.0 - std::abs(dot(next, v));
        v = std::move(next);
        if (change < 1e-13)
            break;
    }
    // A fixed sign, so the same data always draws the same map.
    std::size_t big = 0;
    for (std::size_t i = 1; i < d; ++i)
        if (std::abs(v[i]) > std::abs(v[big]))
            big = i;
    if (v[big] < 0)
        for (double &x : v)
            x = -x;
    return v;
}

std::vector<float> toFloat(const std::vector<double> &v)
{
    return std::vector<float>(v.begin(), v.end());
}

} // namespace

double MapProjection::explained() const
{
    return totalVariance > 0 ? (variance1 + variance2) / totalVariance : 0.0;
}

std::pair<double, double> MapProjection::project(const std::vector<float> &embedding) const
{
    if (embedding.size() != mean.size())
        throw Error("an embedding of size " + std::to_string(embedding.size()) +
                    " does not fit a map of size " + std::to_string(mean.size()));
    double x = 0.0, y = 0.0;
    for (std::size_t i = 0; i < mean.size(); ++i) {
        const double c = double(embedding[i]) - mean[i];
        x += c * axis1[i];
        y += c * axis2[i];
    }
    return {x, y};
}

MapProjection principalAxes2d(const std::vector<std::vector<float>> &rows, int iterations)
{
    if (rows.size() < 2)
        throw Error("a map needs at least two embeddings");
    const std::size_t d = rows.front().size();
    if (d < 2)
        throw Error("a map needs embeddings of at least two dimensions");
    std::vector<double> mean(d, 0.0);
    for (const auto &r : rows) {
        if (r.size() != d)
            throw Error("embeddings of different sizes cannot share a map");
        for (std::size_t i = 0; i < d; ++i)
            mean[i] += r[i];
    }
    for (double &m : mean)
        m /= double(rows.size());
    // The covariance (D x D): the embeddings are small (D <= 1024) beside their count.
    std::vector<double> c(d * d, 0.0);
    std::vector<double> centred(d);
    for (const auto &r : rows) {
        for (std::size_t i = 0; i < d; ++i)
            centred[i] = r[i] - mean[i];
        for (std::size_t i = 0; i < d; ++i) {
            double *row = c.data() + i * d;
            const double ci = centred[i];
            for (std::size_t j = i; j < d; ++j)
                row[j] += ci * centred[j];
        }
    }
    const double n = double(rows.size());
    for (std::size_t i = 0; i < d; ++i)
        for (std::size_t j = i; j < d; ++j) {
            c[i * d + j] /= n;
            c[j * d + i] = c[i * d + j];
        }
    MapProjection p;
    p.mean = toFloat(mean);
    for (std::size_t i = 0; i < d; ++i)
        p.totalVariance += c[i * d + i];
    // First axis, then deflate (C - l1 v1 v1^T) and find the second.
    std::vector<double> v1 = powerIteration(c, d, iterations, 1u);
    p.variance1 = dot(v1, multiply(c, v1));
    for (std::size_t i = 0; i < d; ++i)
        for (std::size_t j = 0; j < d; ++j)
            c[i * d + j] -= p.variance1 * v1[i] * v1[j];
    std::vector<double> v2 = powerIteration(c, d, iterations, 2u);
    // Deflation leaves v2 orthogonal to v1 only up to v1's own error: make it exact.
    const double overlap = dot(v1, v2);
    for (std::size_t i = 0; i < d; ++i)
        v2[i] -= overlap * v1[i];
    normalize(v2);
    p.variance2 = std::max(0.0, dot(v2, multiply(c, v2)));
    p.axis1 = toFloat(v1);
    p.axis2 = toFloat(v2);
    return p;
}

void SpeakerMap::append(const CorpusEmbeddings &corpus, const std::vector<bool> &speakerHeldOut)
{
    if (corpus.embeddings.size() != corpus.speakerOf.size())
        throw Error("every embedding needs its speaker");
    std::vector<int> remap(corpus.speakerNames.size(), -1);
    for (std::size_t s = 0; s < corpus.speakerNames.size(); ++s) {
        const auto it = std::find(speakerNames.begin(), speakerNames.end(), corpus.speakerNames[s]);
        if (it != speakerNames.end()) {
            remap[s] = int(it - speakerNames.begin());
        } else {
            remap[s] = int(speakerNames.size());
            speakerNames.push_back(corpus.speakerNames[s]);
            heldOut.push_back(s < speakerHeldOut.size() && speakerHeldOut[s]);
        }
    }
    for (std::size_t u = 0; u < corpus.embeddings.size(); ++u) {
        const int s = corpus.speakerOf[u];
        if (s < 0 || std::size_t(s) >= remap.size())
            throw Error("an embedding names a speaker that is not listed");
        if (!embeddings.empty() && corpus.embeddings[u].size() != embeddings.front().size())
            throw Error("embeddings of different sizes cannot share a map");
        embeddings.push_back(corpus.embeddings[u]);
        speakerOf.push_back(remap[std::size_t(s)]);
        ids.push_back(u < corpus.ids.size() ? corpus.ids[u] : std::string());
    }
}

void SpeakerMap::validate() const
{
    if (heldOut.size() != speakerNames.size())
        throw Error("a speaker map needs one held-out flag per speaker");
    if (speakerOf.size() != embeddings.size() || ids.size() != embeddings.size())
        throw Error("a speaker map needs one speaker and one id per embedding");
    const std::size_t d = embeddings.empty() ? 0 : embeddings.front().size();
    for (std::size_t u = 0; u < embeddings.size(); ++u) {
        if (embeddings[u].size() != d || d == 0)
            throw Error("the embeddings of a speaker map must all have the same size");
        if (speakerOf[u] < 0 || std::size_t(speakerOf[u]) >= speakerNames.size())
            throw Error("an embedding of the speaker map names no listed speaker");
    }
}

void SpeakerMap::save(const std::string &path) const
{
    validate();
    if (embeddings.empty())
        throw Error("the speaker map is empty: nothing to save");
    SafeTensors st;
    const std::int64_t u = std::int64_t(embeddings.size()), d = std::int64_t(dimension());
    SafeTensors::Tensor e{{u, d}, {}};
    e.data.reserve(std::size_t(u * d));
    for (const auto &row : embeddings)
        e.data.insert(e.data.end(), row.begin(), row.end());
    st.insert("embeddings", std::move(e));
    st.insert("speaker_of", SafeTensors::Tensor{{u}, std::vector<float>(speakerOf.begin(), speakerOf.end())});
    QJsonArray names, held, idList;
    for (std::size_t s = 0; s < speakerNames.size(); ++s) {
        names.append(QString::fromStdString(speakerNames[s]));
        held.append(bool(heldOut[s]));
    }
    for (const auto &id : ids)
        idList.append(QString::fromStdString(id));
    st.metadata() = notes;
    st.metadata()["format"] = kFormat;
    st.metadata()["speakers"] = toJson(names);
    st.metadata()["held_out"] = toJson(held);
    st.metadata()["ids"] = toJson(idList);
    st.save(path);
}

SpeakerMap SpeakerMap::load(const std::string &path)
{
    const SafeTensors st = SafeTensors::load(path);
    const auto format = st.metadata().find("format");
    if (format == st.metadata().end() || format->second != kFormat)
        throw Error("'" + path + "' is not a speaker map (wavebench speaker map writes one)");
    SpeakerMap map;
    for (const auto &kv : st.metadata())
        if (kv.first != "format" && kv.first != "speakers" && kv.first != "held_out" && kv.first != "ids")
            map.notes.insert(kv);
    for (const auto &v : jsonArray(st.metadata(), "speakers", path))
        map.speakerNames.push_back(v.toString().toStdString());
    for (const auto &v : jsonArray(st.metadata(), "held_out", path))
        map.heldOut.push_back(v.toBool());
    for (const auto &v : jsonArray(st.metadata(), "ids", path))
        map.ids.push_back(v.toString().toStdString());
    const SafeTensors::Tensor &e = st.at("embeddings");
    const SafeTensors::Tensor &s = st.at("speaker_of");
    if (e.shape.size() != 2 || s.shape.size() != 1 || s.shape[0] != e.shape[0])
        throw Error("'" + path + "': embeddings and speaker_of disagree in shape");
    const std::size_t u = std::size_t(e.shape[0]), d = std::size_t(e.shape[1]);
    for (std::size_t i = 0; i < u; ++i) {
        map.embeddings.emplace_back(e.data.begin() + std::ptrdiff_t(i * d),
                                    e.data.begin() + std::ptrdiff_t((i + 1) * d));
        map.speakerOf.push_back(int(std::lround(s.data[i])));
    }
    try {
        map.validate();
    } catch (const Error &error) {
        throw Error("'" + path + "': " + error.what());
    }
    return map;
}

MapProjection SpeakerMap::pca2d(int iterations) const
{
    return principalAxes2d(embeddings, iterations);
}

std::vector<std::vector<float>> SpeakerMap::speakerCentroids() const
{
    std::vector<std::vector<std::vector<float>>> bySpeaker(speakerNames.size());
    for (std::size_t u = 0; u < embeddings.size(); ++u)
        bySpeaker[std::size_t(speakerOf[u])].push_back(embeddings[u]);
    std::vector<std::vector<float>> centroids;
    for (const auto &own : bySpeaker)
        centroids.push_back(own.empty() ? std::vector<float>(std::size_t(dimension()), 0.0f)
                                        : averageEmbedding(own));
    return centroids;
}

std::vector<SpeakerScore> SpeakerMap::nearest(const std::vector<float> &embedding, int k) const
{
    if (!embeddings.empty() && embedding.size() != std::size_t(dimension()))
        throw Error("an embedding of size " + std::to_string(embedding.size()) +
                    " does not fit a map of size " + std::to_string(dimension()) +
                    ": the map was made with another speaker encoder");
    const auto centroids = speakerCentroids();
    std::vector<SpeakerScore> scores;
    for (std::size_t s = 0; s < centroids.size(); ++s)
        scores.push_back({speakerNames[s], int(s), cosineSimilarity(embedding, centroids[s]),
                          s < heldOut.size() && heldOut[s]});
    std::stable_sort(scores.begin(), scores.end(),
                     [](const SpeakerScore &a, const SpeakerScore &b) { return a.cosine > b.cosine; });
    if (k > 0 && scores.size() > std::size_t(k))
        scores.resize(std::size_t(k));
    return scores;
}

} // namespace wb
