// NumPy .npy export and import: exact header bytes, alignment, round trips,
// rejection of files WaveBench cannot use, and np.load when NumPy is present.
#include "Npy.h"
#include "Error.h"

#include <QtTest>
#include <QTemporaryDir>

#include <cstring>

using namespace wb;

namespace {

QByteArray npyHeader(const QByteArray &dict, int major = 1)
{
    QByteArray h("\x93NUMPY", 6);
    h.append(char(major)).append('\0');
    // Pad as numpy does: data starts at a multiple of 64, header ends in '\n'.
    const int prefix = major == 1 ? 10 : 12;
    int len = int(dict.size()) + 1;
    len += 64 - (prefix + len) % 64;
    for (int b = 0; b < (major == 1 ? 2 : 4); ++b)
        h.append(char((len >> (8 * b)) & 0xff));
    h.append(dict);
    h.append(QByteArray(len - dict.size() - 1, ' ')).append('\n');
    return h;
}

template<typename T>
QByteArray raw(std::initializer_list<T> values)
{
    QByteArray b;
    for (T v : values)
        b.append(reinterpret_cast<const char *>(&v), sizeof v);
    return b;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Matrix ramp(std::size_t rows, std::size_t cols)
{
    Matrix m(rows, cols);
    for (std::size_t i = 0; i < m.size(); ++i)
        m.data()[i] = float(i) * 0.5f - 3.25f;
    return m;
}

} // namespace

class TestNpy : public QObject
{
    Q_OBJECT

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;

private slots:
    void exportsUint8AndFloat16()
    {
        const QString u8 = path(QStringLiteral("codes.npy")), f16 = path(QStringLiteral("mel.npy"));
        wb::Npy::writeUint8(u8.toStdString(), {0, 1, 128, 255});
        QFile a(u8);
        QVERIFY(a.open(QIODevice::ReadOnly));
        const QByteArray bytes = a.readAll();
        QCOMPARE(bytes.size(), 128 + 4);
        QVERIFY(bytes.mid(10, 118).contains("'descr': '|u1'"));
        QVERIFY(bytes.mid(10, 118).contains("'shape': (4,)"));
        QCOMPARE(bytes.mid(128), QByteArray("\x00\x01\x80\xff", 4));
        // Half-precision bit patterns: 1, -2, 0.5, 65504 (the largest), 1e6 -> inf, 2^-24 (smallest subnormal)
        wb::Npy::writeFloat16(f16.toStdString(), 2, 3, {1.0f, -2.0f, 0.5f, 65504.0f, 1e6f, 5.9604645e-8f});
        QFile b(f16);
        QVERIFY(b.open(QIODevice::ReadOnly));
        const QByteArray h = b.readAll();
        QCOMPARE(h.size(), 128 + 12);
        QVERIFY(h.mid(10, 118).contains("'descr': '<f2'"));
        QVERIFY(h.mid(10, 118).contains("'shape': (2, 3)"));
        const quint16 expected[] = {0x3c00, 0xc000, 0x3800, 0x7bff, 0x7c00, 0x0001};
        for (int i = 0; i < 6; ++i) {
            quint16 v = 0;
            std::memcpy(&v, h.constData() + 128 + 2 * i, 2);
            QCOMPARE(v, expected[i]);
        }
        QVERIFY_THROWS_EXCEPTION(wb::Error, wb::Npy::writeFloat16(f16.toStdString(), 2, 2, {1.0f}));
    }

    void exactHeaderBytes()
    {
        // numpy 1.23+ writes 20 spaces of growth room after the dict for a
        // one-digit first axis, then pads so 10 + 118 = 128 bytes precede data.
        Npy::write(path("m.npy").toStdString(), ramp(2, 3));
        QByteArray want("\x93NUMPY\x01\x00\x76\x00", 10);
        want += "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }";
        want += QByteArray(20 + 38, ' ') + "\n";
        QCOMPARE(want.size(), 128);
        const QByteArray got = readAll(path("m.npy"));
        QCOMPARE(got.left(128), want);
        QCOMPARE(got.size(), 128 + 6 * 4);
        QCOMPARE(got.mid(128, 8), raw<float>({-3.25f, -2.75f}));

        Npy::write(path("v.npy").toStdString(), std::vector<float>{1.0f, 2.0f, 3.0f});
        QByteArray want1("\x93NUMPY\x01\x00\x76\x00", 10);
        want1 += "{'descr': '<f4', 'fortran_order': False, 'shape': (3,), }";
        want1 += QByteArray(20 + 40, ' ') + "\n";
        QCOMPARE(readAll(path("v.npy")).left(128), want1);
    }

    void roundTrip_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("cols");
        QTest::newRow("2x3") << 2 << 3;
        QTest::newRow("1x1") << 1 << 1;
        QTest::newRow("0x5") << 0 << 5;
        QTest::newRow("4x0") << 4 << 0;
        QTest::newRow("80x257 mel-like") << 80 << 257;
        QTest::newRow("12345x2 five-digit axis") << 12345 << 2;
        QTest::newRow("1234567x1 seven-digit axis") << 1234567 << 1;
    }

    void roundTrip()
    {
        QFETCH(int, rows);
        QFETCH(int, cols);
        const Matrix m = ramp(std::size_t(rows), std::size_t(cols));
        const QString p = path("rt.npy");
        Npy::write(p.toStdString(), m);
        const QByteArray bytes = readAll(p);
        const int headerLen = quint8(bytes[8]) | quint8(bytes[9]) << 8;
        QCOMPARE((10 + headerLen) % 64, 0);
        QCOMPARE(bytes[10 + headerLen - 1], '\n');
        QCOMPARE(bytes.size(), qsizetype(10 + headerLen + m.size() * 4));
        const Matrix back = Npy::read(p.toStdString());
        QCOMPARE(back.rows(), m.rows());
        QCOMPARE(back.cols(), m.cols());
        QCOMPARE(back.values(), m.values());
    }

    void vectorReadsAsOneRow()
    {
        const std::vector<float> v{0.5f, -1.5f, 1e-8f, 3e7f, -0.0f};
        Npy::write(path("vec.npy").toStdString(), v);
        const Matrix m = Npy::read(path("vec.npy").toStdString());
        QCOMPARE(m.rows(), std::size_t(1));
        QCOMPARE(m.values(), v);
    }

    void readsWhatNumpyMayWrite_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("rows");
        QTest::addColumn<std::vector<float>>("values");
        QTest::newRow("float64") << npyHeader("{'descr': '<f8', 'fortran_order': False, 'shape': (2, 2), }")
                                        + raw<double>({1.0, -2.5, 0.125, 1e10})
                                 << 2 << std::vector<float>{1.0f, -2.5f, 0.125f, 1e10f};
        QTest::newRow("keys in another order") << npyHeader("{'shape': (3,), 'fortran_order': False, 'descr': '<f4'}")
                                                       + raw<float>({1, 2, 3})
                                               << 1 << std::vector<float>{1, 2, 3};
        QTest::newRow("numpy 1.x header, no growth room") << npyHeader("{'descr': '<f4', 'fortran_order': False, 'shape': (1, 2), }")
                                                                 + raw<float>({4, 5})
                                                         << 1 << std::vector<float>{4, 5};
        QTest::newRow("format 2.0") << npyHeader("{'descr': '<f4', 'fortran_order': False, 'shape': (2,), }", 2)
                                           + raw<float>({7, 8})
                                    << 1 << std::vector<float>{7, 8};
    }

    void readsWhatNumpyMayWrite()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, rows);
        QFETCH(std::vector<float>, values);
        QFile f(path("in.npy"));
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size());
        f.close();
        const Matrix m = Npy::read(path("in.npy").toStdString());
        QCOMPARE(int(m.rows()), rows);
        QCOMPARE(m.values(), values);
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("mentions");
        const QByteArray f4 = "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 2), }";
        const QByteArray data = raw<float>({1, 2, 3, 4});
        QTest::newRow("empty") << QByteArray() << "empty";
        QTest::newRow("not npy") << QByteArray("PK\x03\x04 a zip, not an array") << "not a .npy";
        QTest::newRow("truncated magic") << QByteArray("\x93NUM") << "truncated";
        QTest::newRow("truncated header") << npyHeader(f4).left(40) << "truncated";
        QTest::newRow("truncated data") << npyHeader(f4) + data.left(10) << "truncated";
        QTest::newRow("huge shape") << npyHeader("{'descr': '<f4', 'fortran_order': False, 'shape': (4000000000, 4000000000), }") + data << "truncated";
        QTest::newRow("overflowing shape") << npyHeader("{'descr': '<f4', 'fortran_order': False, 'shape': (99999999999999999999999, 1), }") + data << "header";
        QTest::newRow("fortran order") << npyHeader("{'descr': '<f4', 'fortran_order': True, 'shape': (2, 2), }") + data << "Fortran";
        QTest::newRow("big-endian") << npyHeader("{'descr': '>f4', 'fortran_order': False, 'shape': (2, 2), }") + data << "big-endian";
        QTest::newRow("int64") << npyHeader("{'descr': '<i8', 'fortran_order': False, 'shape': (2,), }") + data << "'<i8'";
        QTest::newRow("uint8") << npyHeader("{'descr': '|u1', 'fortran_order': False, 'shape': (4,), }") + data << "'|u1'";
        QTest::newRow("3-D") << npyHeader("{'descr': '<f4', 'fortran_order': False, 'shape': (1, 2, 2), }") + data << "3 dimensions";
        QTest::newRow("0-D") << npyHeader("{'descr': '<f4', 'fortran_order': False, 'shape': (), }") + data << "0 dimensions";
        QTest::newRow("missing key") << npyHeader("{'descr': '<f4', 'shape': (2, 2), }") + data << "lacks";
        QTest::newRow("malformed") << npyHeader("{'descr': '<f4', 'fortran_order': Maybe, 'shape': (2, 2), }") + data << "True or False";
        QTest::newRow("pickled object") << npyHeader("{'descr': '|O', 'fortran_order': False, 'shape': (1,), }") + data << "'|O'";
        QTest::newRow("version 9") << QByteArray("\x93NUMPY\x09\x00\x10\x00", 10) + QByteArray(60, ' ') << "version 9";
    }

    void rejects()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, mentions);
        QFile f(path("bad.npy"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        try {
            Npy::read(path("bad.npy").toStdString());
            QFAIL("no exception");
        } catch (const Error &e) {
            const QString msg = QString::fromUtf8(e.what());
            QVERIFY2(msg.contains("bad.npy") && msg.contains(mentions) && !msg.contains('\n'), qPrintable(msg));
        }
    }

    void rejectsMissingAndFolders()
    {
        QVERIFY(QDir(m_dir.path()).mkpath("dir.npy"));
        QVERIFY_THROWS_EXCEPTION(Error, Npy::read(path("absent.npy").toStdString()));
        QVERIFY_THROWS_EXCEPTION(Error, Npy::read(path("dir.npy").toStdString()));
        QVERIFY_THROWS_EXCEPTION(Error, Npy::write(path("no/such/dir/out.npy").toStdString(), ramp(2, 2)));
        QVERIFY(!QFileInfo::exists(path("no")));
    }

    void numpyLoadsOurFiles()
    {
        QProcess probe;
        probe.start(QStringLiteral(WB_PYTHON), {"-c", "import numpy"});
        if (!probe.waitForFinished(30000) || probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0)
            QSKIP("python3 with numpy is not installed (apt install python3-numpy)");
        Npy::write(path("py.npy").toStdString(), ramp(2, 3));
        Npy::write(path("py1.npy").toStdString(), std::vector<float>{1.5f, -2.0f});
        QProcess py;
        py.start(QStringLiteral(WB_PYTHON), {"-c", "import sys, numpy as np\n"
                                   "for p in sys.argv[1:]:\n"
                                   "    a = np.load(p, allow_pickle=False)\n"
                                   "    print(a.dtype, a.shape, a.ravel().tolist())\n",
                             path("py.npy"), path("py1.npy")});
        QVERIFY(py.waitForFinished(60000));
        QCOMPARE(py.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(py.readAllStandardOutput()),
                 QString("float32 (2, 3) [-3.25, -2.75, -2.25, -1.75, -1.25, -0.75]\n"
                         "float32 (2,) [1.5, -2.0]\n"));
    }
};

QTEST_MAIN(TestNpy)
#include "tst_npy.moc"
