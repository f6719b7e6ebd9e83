// The speaker map: PCA recovers a planted 2-D structure, a new embedding
// projects onto the same axes, nearest() ranks voices, and the file round-trips.
#include "Error.h"
#include "SpeakerEncoder.h"
#include "SpeakerMap.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <random>

using namespace wb;

namespace {

std::vector<float> unit(std::vector<float> v)
{
    double n = 0.0;
    for (float x : v)
        n += double(x) * x;
    n = std::sqrt(n);
    for (float &x : v)
        x = float(x / n);
    return v;
}

double absDot(const std::vector<float> &a, const std::vector<float> &b)
{
    double s = 0.0;
    for (std::size_t i = 0; i < a.size(); ++i)
        s += double(a[i]) * b[i];
    return std::abs(s);
}

/** Three speakers around distinct unit directions in 12-D, with small noise. */
SpeakerMap threeSpeakers(int perSpeaker = 20)
{
    std::mt19937 rng(7);
    std::normal_distribution<float> noise(0.0f, 0.03f);
    CorpusEmbeddings c;
    c.speakerNames = {"ann", "bob", "cy"};
    for (int s = 0; s < 3; ++s)
        for (int u = 0; u < perSpeaker; ++u) {
            std::vector<float> e(12, 0.0f);
            e[std::size_t(s)] = 1.0f;
            for (float &x : e)
                x += noise(rng);
            c.embeddings.push_back(unit(e));
            c.speakerOf.push_back(s);
            c.ids.push_back(c.speakerNames[std::size_t(s)] + "_" + std::to_string(u));
        }
    SpeakerMap map;
    map.append(c, {false, false, true});
    return map;
}

} // namespace

class TestSpeakerMap : public QObject
{
    Q_OBJECT
private slots:
    void pcaRecoversAPlantedPlane()
    {
        // Points spread along two known orthogonal directions (sd 3 and 1) plus faint noise in 10-D.
        std::mt19937 rng(1);
        std::normal_distribution<float> g;
        std::vector<float> u1(10), u2(10);
        for (int i = 0; i < 10; ++i) {
            u1[std::size_t(i)] = g(rng);
            u2[std::size_t(i)] = g(rng);
        }
        u1 = unit(u1);
        double d = 0.0;
        for (int i = 0; i < 10; ++i)
            d += double(u1[std::size_t(i)]) * u2[std::size_t(i)];
        for (int i = 0; i < 10; ++i)
            u2[std::size_t(i)] -= float(d) * u1[std::size_t(i)];
        u2 = unit(u2);
        std::vector<std::vector<float>> rows;
        std::vector<std::pair<double, double>> truth;
        for (int n = 0; n < 400; ++n) {
            const float a = 3.0f * g(rng), b = 1.0f * g(rng);
            std::vector<float> r(10);
            for (int i = 0; i < 10; ++i)
                r[std::size_t(i)] = 5.0f + a * u1[std::size_t(i)] + b * u2[std::size_t(i)] + 0.01f * g(rng);
            rows.push_back(r);
            truth.emplace_back(a, b);
        }
        const MapProjection p = principalAxes2d(rows);
        QVERIFY2(absDot(p.axis1, u1) > 0.999, qPrintable(QString::number(absDot(p.axis1, u1))));
        QVERIFY2(absDot(p.axis2, u2) > 0.999, qPrintable(QString::number(absDot(p.axis2, u2))));
        QVERIFY(absDot(p.axis1, p.axis2) < 1e-5);
        QVERIFY(p.variance1 > 7.0 && p.variance1 < 11.0);
        QVERIFY(p.variance2 > 0.7 && p.variance2 < 1.3);
        QVERIFY(p.explained() > 0.999);
        // The projection gives back the planted coordinates, up to each axis's sign.
        const auto xy = p.project(rows[0]);
        const auto xy1 = p.project(rows[1]);
        QVERIFY(std::abs(std::abs(xy.first - xy1.first) - std::abs(truth[0].first - truth[1].first)) < 0.1);
        QVERIFY(std::abs(std::abs(xy.second - xy1.second) - std::abs(truth[0].second - truth[1].second)) < 0.1);
        // The same data gives the same map, signs included.
        const MapProjection again = principalAxes2d(rows);
        QCOMPARE(again.axis1, p.axis1);
        QVERIFY_THROWS_EXCEPTION(Error, p.project(std::vector<float>(3, 0.0f)));
        QVERIFY_THROWS_EXCEPTION(Error, principalAxes2d({rows[0]}));
    }

    void speakersFormSeparateClustersOnTheMap()
    {
        const SpeakerMap map = threeSpeakers();
        const MapProjection p = map.pca2d();
        // Each speaker's points sit near its own centre, far from the others'.
        std::vector<std::pair<double, double>> centre(3, {0.0, 0.0});
        for (int u = 0; u < map.utteranceCount(); ++u) {
            const auto xy = p.project(map.embeddings[std::size_t(u)]);
            centre[std::size_t(map.speakerOf[std::size_t(u)])].first += xy.first / 20.0;
            centre[std::size_t(map.speakerOf[std::size_t(u)])].second += xy.second / 20.0;
        }
        for (int a = 0; a < 3; ++a)
            for (int b = a + 1; b < 3; ++b)
                QVERIFY(std::hypot(centre[std::size_t(a)].first - centre[std::size_t(b)].first,
                                   centre[std::size_t(a)].second - centre[std::size_t(b)].second) > 0.8);
    }

    void nearestRanksTheVoices()
    {
        const SpeakerMap map = threeSpeakers();
        std::vector<float> probe(12, 0.0f);
        probe[1] = 0.9f;
        probe[2] = 0.3f;
        const auto scores = map.nearest(unit(probe));
        QCOMPARE(int(scores.size()), 3);
        QCOMPARE(scores[0].speaker, std::string("bob"));
        QCOMPARE(scores[1].speaker, std::string("cy"));
        QCOMPARE(scores[2].speaker, std::string("ann"));
        QVERIFY(scores[0].cosine > 0.9 && scores[0].cosine <= 1.0);
        QVERIFY(scores[1].heldOut && !scores[0].heldOut);
        QCOMPARE(int(map.nearest(unit(probe), 1).size()), 1);
        QCOMPARE(int(map.speakerCentroids().size()), 3);
        QVERIFY_THROWS_EXCEPTION(Error, map.nearest(std::vector<float>(5, 1.0f)));
    }

    void roundTripsThroughAFile()
    {
        QTemporaryDir dir;
        const SpeakerMap map = threeSpeakers(4);
        SpeakerMap noted = map;
        noted.notes["encoder"] = "tiny";
        const std::string path = dir.filePath(QStringLiteral("map.safetensors")).toStdString();
        noted.save(path);
        const SpeakerMap back = SpeakerMap::load(path);
        QCOMPARE(back.speakerNames, map.speakerNames);
        QCOMPARE(back.heldOut, map.heldOut);
        QCOMPARE(back.speakerOf, map.speakerOf);
        QCOMPARE(back.ids, map.ids);
        QCOMPARE(back.embeddings, map.embeddings);
        QCOMPARE(back.notes.at("encoder"), std::string("tiny"));
        // Appending a second corpus keeps existing speakers' indices.
        SpeakerMap merged = back;
        CorpusEmbeddings more;
        more.speakerNames = {"bob", "dee"};
        more.embeddings = {std::vector<float>(12, 0.1f), std::vector<float>(12, -0.1f)};
        more.speakerOf = {0, 1};
        merged.append(more, {true, true});
        QCOMPARE(merged.speakerCount(), 4);
        QCOMPARE(merged.speakerOf[std::size_t(merged.utteranceCount() - 2)], 1);
        QCOMPARE(merged.speakerOf.back(), 3);
        QVERIFY(merged.heldOut[3] && !merged.heldOut[1]);
    }

    void refusesBadFiles()
    {
        QTemporaryDir dir;
        QVERIFY_THROWS_EXCEPTION(Error, SpeakerMap::load(dir.filePath(QStringLiteral("none")).toStdString()));
        const QString junk = dir.filePath(QStringLiteral("junk.safetensors"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a map at all");
        f.close();
        QVERIFY_THROWS_EXCEPTION(Error, SpeakerMap::load(junk.toStdString()));
        QVERIFY_THROWS_EXCEPTION(Error, SpeakerMap().save(dir.filePath(QStringLiteral("e")).toStdString()));
    }
};

QTEST_GUILESS_MAIN(TestSpeakerMap)
#include "tst_speakermap.moc"
