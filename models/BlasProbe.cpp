// Which BLAS LibTorch multiplies through. Debian's LibTorch calls whatever
// libblas.so.3 the alternatives system selects; the reference BLAS is ~16x slower
// than OpenBLAS, so the app and the tests report which one is live.
#include <torch/torch.h>

#include "ModelBackend.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringList>

namespace wb {

namespace {

QString describeBlasPath(const QString &path)
{
    const QString real = QFileInfo(path).canonicalFilePath();
    const QString p = real.isEmpty() ? path : real;
    if (p.contains(QLatin1String("openblas"))) {
        if (p.contains(QLatin1String("openmp")))
            return QStringLiteral("OpenBLAS (openmp)");
        if (p.contains(QLatin1String("pthread")))
            return QStringLiteral("OpenBLAS (pthread)");
        return QStringLiteral("OpenBLAS");
    }
    if (p.contains(QLatin1String("blis")))
        return QStringLiteral("BLIS");
    if (p.contains(QLatin1String("mkl")))
        return QStringLiteral("Intel MKL");
    if (p.contains(QLatin1String("atlas")))
        return QStringLiteral("ATLAS");
    return QStringLiteral("reference BLAS (slow)");
}

} // namespace

QString ModelBackend::blasLibrary()
{
    // Force the BLAS to load (it is resolved lazily on the first product).
    {
        torch::NoGradGuard noGrad;
        auto a = torch::ones({64, 64});
        auto b = torch::mm(a, a);
        (void)b.sum().item<float>();
    }
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    const QStringList lines = QString::fromLatin1(maps.readAll()).split(QLatin1Char('\n'));
    static const QRegularExpression blasLib(QStringLiteral(R"((/\S*lib(open)?blas[^/\s]*\.so[^/\s]*))"));
    for (const QString &line : lines) {
        const auto m = blasLib.match(line);
        if (m.hasMatch())
            return describeBlasPath(m.captured(1)) + QStringLiteral(" — ") +
                   QFileInfo(m.captured(1)).canonicalFilePath();
    }
    return QStringLiteral("none loaded");
}

QString ModelBackend::torchSummary()
{
    QString s = QStringLiteral("LibTorch %1.%2.%3").arg(TORCH_VERSION_MAJOR).arg(TORCH_VERSION_MINOR).arg(TORCH_VERSION_PATCH);
    s += torch::cuda::is_available()
             ? QStringLiteral(", CUDA devices: %1").arg(torch::cuda::device_count())
             : QStringLiteral(", CPU only");
    s += QStringLiteral(", %1 threads").arg(at::get_num_threads());
    return s;
}

} // namespace wb
