// WaveNet training and checkpoints: the loss falls, runs repeat, files round-trip
// in the safetensors layout, and every bad file is a wb::Error.
#include "Error.h"
#include "MuLaw.h"
#include "SafeTensors.h"
#include "WaveNetGenerator.h"
#include "WaveNetStepper.h"
#include "WaveNetTrainer.h"
#include "WaveNetWeights.h"
#include "WaveNetTestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <cstring>

using namespace wb;
using wb::test::makeConfig;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

} // namespace

class TestWaveNetCheckpoint : public QObject
{
    Q_OBJECT
private slots:
    void trainingLowersTheLossReproducibly();
    void trainingCancels();
    void trainingMelConditioned();
    void trainingRejectsShortClips();
    void safeTensorsRoundTripAndHeader();
    void checkpointMismatchesAreErrors();
    void corruptCheckpointsAreErrors();
    void stepperMatchesGenerator();
};

void TestWaveNetCheckpoint::trainingLowersTheLossReproducibly()
{
    const WaveNetConfig c = makeConfig(3, 1, 8, 16); // receptive field 9
    WaveNetTrainOptions o;
    o.steps = 30;
    o.batchSize = 4;
    o.targetLength = 128;
    o.learningRate = 0.01;
    o.seed = 5;
    o.useCuda = false;
    const std::vector<float> clip = test::cycleSine(4000, 1.0 / 40);
    std::vector<double> losses;
    const WaveNetWeights a = WaveNetTrainer(c, o).train(clip, {}, [&](int, double l) { losses.push_back(l); });
    QCOMPARE(losses.size(), std::size_t(30));
    const double first = (losses[0] + losses[1] + losses[2]) / 3, last = (losses[27] + losses[28] + losses[29]) / 3;
    QVERIFY2(last < 0.7 * first, qPrintable(QStringLiteral("%1 -> %2").arg(first).arg(last)));
    const WaveNetWeights b = WaveNetTrainer(c, o).train(clip);
    QCOMPARE(b.values("output2.weight"), a.values("output2.weight"));
    QCOMPARE(a.config(), c);
}


void TestWaveNetCheckpoint::trainingCancels()
{
    WaveNetTrainOptions o;
    o.steps = 100;
    o.targetLength = 16;
    int calls = 0;
    WaveNetTrainer trainer(makeConfig(2, 1, 4, 8), o);
    QVERIFY_THROWS_EXCEPTION(wb::Cancelled, trainer.train(test::cycleSine(500, 0.05), [&](double) { return ++calls < 3; }));
    QCOMPARE(calls, 3);
}


void TestWaveNetCheckpoint::trainingMelConditioned()
{
    WaveNetConfig c = makeConfig(3, 1, 8, 16);
    c.melChannels = 5;
    c.hopLength = 32;
    WaveNetTrainOptions o;
    o.steps = 5;
    o.targetLength = 64;
    const std::vector<float> clip = test::cycleSine(2000, 0.03);
    std::vector<float> mel(std::size_t((2000 + 31) / 32 * 5));
    for (std::size_t i = 0; i < mel.size(); ++i)
        mel[i] = float(std::sin(0.1 * double(i)));
    std::vector<double> losses;
    const WaveNetWeights w = WaveNetTrainer(c, o).train(clip, {}, [&](int, double l) { losses.push_back(l); }, mel);
    QCOMPARE(w.config(), c);
    QCOMPARE(losses.size(), std::size_t(5));
    QVERIFY(std::isfinite(losses.back()));
    mel.resize(mel.size() / 2); // covers half the clip
    QVERIFY_THROWS_EXCEPTION(wb::Error, WaveNetTrainer(c, o).train(clip, {}, {}, mel));
}

void TestWaveNetCheckpoint::trainingRejectsShortClips()
{
    WaveNetTrainOptions o;
    o.targetLength = 100;
    WaveNetTrainer trainer(WaveNetConfig(), o);
    QVERIFY_THROWS_EXCEPTION(wb::Error, trainer.train(test::cycleSine(1000, 0.05)));
    o.learningRate = -1;
    QVERIFY_THROWS_EXCEPTION(wb::Error, WaveNetTrainer(WaveNetConfig(), o));
}


void TestWaveNetCheckpoint::safeTensorsRoundTripAndHeader()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.safetensors"));
    WaveNetWeights w = WaveNetWeights::random(WaveNetConfig(), 21);
    w.setNote("steps", "7");
    w.save(path.toStdString());
    const WaveNetWeights back = WaveNetWeights::load(path.toStdString(), WaveNetConfig());
    QCOMPARE(back.config(), WaveNetConfig());
    QCOMPARE(back.note("steps"), std::string("7"));
    for (const auto &[name, t] : w.tensors().tensors()) {
        QCOMPARE(back.tensors().at(name).shape, t.shape);
        QCOMPARE(back.tensors().at(name).data, t.data);
    }

    // The layout Python's safetensors expects.
    const QByteArray bytes = readAll(path);
    QVERIFY(bytes.size() > 8);
    quint64 n = 0;
    for (int i = 0; i < 8; ++i)
        n |= quint64(quint8(bytes[i])) << (8 * i);
    QCOMPARE(n % 8, quint64(0));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.mid(8, int(n)), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject header = doc.object();
    const QJsonObject meta = header.value(QStringLiteral("__metadata__")).toObject();
    QCOMPARE(meta.value(QStringLiteral("layers")).toString(), QStringLiteral("10"));
    QCOMPARE(meta.value(QStringLiteral("levels")).toString(), QStringLiteral("256"));
    const QJsonObject input = header.value(QStringLiteral("input_conv.weight")).toObject();
    QCOMPARE(input.value(QStringLiteral("dtype")).toString(), QStringLiteral("F32"));
    QCOMPARE(input.value(QStringLiteral("shape")).toVariant().toList(), (QVariantList{32, 256, 2}));
    qint64 dataBytes = 0;
    for (auto it = header.begin(); it != header.end(); ++it)
        if (it.key() != QLatin1String("__metadata__")) {
            const QJsonArray off = it.value().toObject().value(QStringLiteral("data_offsets")).toArray();
            dataBytes = std::max(dataBytes, qint64(off.at(1).toDouble()));
        }
    QCOMPARE(dataBytes, qint64(151360) * 4);
    QCOMPARE(qint64(bytes.size()), qint64(8 + n) + dataBytes);
    // The first tensor (sorted by name) starts the data: check a value is raw little-endian float.
    const QJsonArray off = input.value(QStringLiteral("data_offsets")).toArray();
    float first;
    std::memcpy(&first, bytes.constData() + 8 + n + qint64(off.at(0).toDouble()), 4);
    QCOMPARE(first, w.values("input_conv.weight").front());
}


void TestWaveNetCheckpoint::checkpointMismatchesAreErrors()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("w.safetensors")).toStdString();
    const WaveNetWeights w = WaveNetWeights::random(makeConfig(3, 1, 8, 16), 22);
    w.save(path);
    QVERIFY_THROWS_EXCEPTION(wb::Error, WaveNetWeights::load(path, makeConfig(3, 1, 16, 16)));

    SafeTensors t = SafeTensors::load(path);
    SafeTensors::Tensor &skip = t.tensors().at("layers.1.skip.weight");
    skip.shape = {8, 4, 2}; // same size, wrong shape
    t.save(path);
    QVERIFY_THROWS_EXCEPTION(wb::Error, WaveNetWeights::load(path));

    t = SafeTensors::load(dir.filePath(QStringLiteral("w.safetensors")).toStdString());
    t.tensors().erase("output1.bias");
    t.save(path);
    QVERIFY_THROWS_EXCEPTION(wb::Error, WaveNetWeights::load(path));

    w.save(path);
    t = SafeTensors::load(path);
    t.metadata()["channels"] = "9"; // the config no longer matches the tensors
    t.save(path);
    QVERIFY_THROWS_EXCEPTION(wb::Error, WaveNetWeights::load(path));
    t.metadata().erase("model");
    t.save(path);
    QVERIFY_THROWS_EXCEPTION(wb::Error, WaveNetWeights::load(path));
}


void TestWaveNetCheckpoint::corruptCheckpointsAreErrors()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.safetensors"));
    WaveNetWeights::random(makeConfig(3, 1, 8, 16), 23).save(path.toStdString());
    const QByteArray good = readAll(path);
    const QString bad = dir.filePath(QStringLiteral("bad.safetensors"));
    auto expectError = [&](const QByteArray &bytes) {
        writeAll(bad, bytes);
        QVERIFY_THROWS_EXCEPTION(wb::Error, WaveNetWeights::load(bad.toStdString()));
    };
    expectError(good.left(good.size() - 100)); // truncated data
    expectError(good.left(40));                // truncated header
    expectError(good.left(5));
    expectError(QByteArray());
    QByteArray hugeHeader = good;
    hugeHeader[7] = char(0x7f);
    expectError(hugeHeader);
    QByteArray notJson = good;
    notJson[8] = '[';
    notJson[9] = '!';
    expectError(notJson);
    QByteArray f16 = good;
    const int at = f16.indexOf("\"F32\"");
    QVERIFY(at > 0);
    f16.replace(at, 5, "\"F16\"");
    expectError(f16);
    expectError(QByteArray(4096, '\xff'));
    QVERIFY_THROWS_EXCEPTION(wb::Error, WaveNetWeights::load(dir.filePath(QStringLiteral("none")).toStdString()));
    QVERIFY_THROWS_EXCEPTION(wb::Error, WaveNetWeights::load(dir.path().toStdString()));
}

void TestWaveNetCheckpoint::stepperMatchesGenerator()
{
    // Stepping one sample at a time (the GUI's Step) draws what a whole run draws.
    const WaveNetWeights w = WaveNetWeights::random(makeConfig(3, 2, 8, 32), 11);
    WaveNetGenerateOptions o;
    o.samples = 300;
    o.temperature = 0.9f;
    o.seed = 42;
    const std::vector<int> expected = WaveNetGenerator(w).generateCodes(o);
    WaveNetStepper stepper(w, 42);
    std::vector<int> stepped;
    for (int i = 0; i < 300; ++i) {
        if (i % 3 == 0) {
            const WaveNetStepper::Step s = stepper.step(0.9f);
            QCOMPARE(s.index, std::int64_t(i));
            QCOMPARE(int(s.probabilities.size()), 32);
            double total = 0.0;
            for (float p : s.probabilities)
                total += p;
            QVERIFY(std::abs(total - 1.0) < 1e-4);
            QVERIFY(s.probabilities[std::size_t(s.level)] > 0.0f);
            stepped.push_back(s.level);
        } else {
            stepped.push_back(stepper.next(0.9f));
        }
    }
    QCOMPARE(stepped, expected);
    QCOMPARE(stepper.generated(), std::int64_t(300));
    stepper.restart(42);
    QCOMPARE(stepper.generated(), std::int64_t(0));
    QCOMPARE(stepper.next(0.9f), expected.front());

    // Primed: the same as the generator continuing that prime.
    o.prime = test::cycleSine(50, 0.03);
    o.samples = 40;
    const std::vector<int> continued = WaveNetGenerator(w).generateCodes(o);
    stepper.prime(muLawEncode(o.prime, w.config().mu()), 42);
    for (int expectedCode : continued)
        QCOMPARE(stepper.next(0.9f), expectedCode);
    QVERIFY_THROWS_EXCEPTION(Error, stepper.prime({0, 99}, 1));
}

QTEST_GUILESS_MAIN(TestWaveNetCheckpoint)
#include "tst_wavenetcheckpoint.moc"
