// The text front-end: normalization tables, espeak-ng phonemes, symbol table, determinism, bad input.
#include "Error.h"
#include "text/NumberWords.h"
#include "text/Phonemizer.h"
#include "text/SymbolTable.h"
#include "text/TextFrontEnd.h"
#include "text/TextNormalizer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <thread>

using namespace wb::text;

namespace {

QString q(const std::string &s) { return QString::fromStdString(s); }

QStringList list(const std::vector<std::string> &v)
{
    QStringList out;
    for (const auto &s : v)
        out << q(s);
    return out;
}

std::string normalized(const QString &text)
{
    return TextNormalizer::join(TextNormalizer::normalize(text.toStdString()));
}

/** Text that exercises numbers, abbreviations and a wide range of English sounds. */
const char *kVaried =
    "Dr. Smith paid $3.50 for 22 books on the 1st of June, 1999; the kids watched a huge, "
    "quiet zebra jump over five vexed owls! Is the measure 50% at 3:30 pm? Thoughtful children "
    "sing joyfully, while George's boy enjoys pleasure and leisure. Our fire's hour: beer, air, "
    "poor tour, car, door, bird, earth, cure, button, bottle, rhythm, nation, usual, Loch Ness.";

} // namespace

class TestTextFrontEnd : public QObject
{
    Q_OBJECT
private slots:
    void normalization_data();
    void normalization();
    void pausesAreTokens();
    void numberWords_data();
    void numberWords();
    void knownWords_data();
    void knownWords();
    void stressIsASeparateSymbol();
    void articlesInContext();
    void wordBoundaries();
    void inventoryIsCovered();
    void symbolTableRoundTrip();
    void symbolTableRejectsBadJson_data();
    void symbolTableRejectsBadJson();
    void unknownSymbolsAreReported();
    void deterministicAcrossCallsAndThreads();
    void badInput_data();
    void badInput();
    void longTextWorks();
};

void TestTextFrontEnd::normalization_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *name, const char *text, const char *expected) {
        QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    row("cardinal", "I have 3 cats.", "I have three cats.");
    row("zero", "0", "zero");
    row("negative", "-12", "minus twelve");
    row("decimal", "3.14", "three point one four");
    row("negative decimal", "-0.5", "minus zero point five");
    row("thousands", "1,234,567", "one million two hundred thirty-four thousand five hundred sixty-seven");
    row("thousand people", "1,000 people", "one thousand people");
    row("leading zeros", "007", "zero zero seven");
    row("ordinal 1st", "1st", "first");
    row("ordinal 22nd", "22nd", "twenty-second");
    row("ordinal 103rd", "103rd", "one hundred third");
    row("ordinal 11th", "11th", "eleventh");
    row("ordinal 40th", "40th", "fortieth");
    row("year 1999", "1999", "nineteen ninety-nine");
    row("year 2005", "2005", "two thousand five");
    row("year 2010", "2010", "twenty ten");
    row("year 1900", "1900", "nineteen hundred");
    row("year 1905", "1905", "nineteen oh five");
    row("year 2000", "2000", "two thousand");
    row("decade", "the 1990s", "the nineteen nineties");
    row("dollars and cents", "$3.50", "three dollars fifty cents");
    row("one dollar", "$1", "one dollar");
    row("cents only", "$0.99", "ninety-nine cents");
    row("pounds", "\xC2\xA3" "5", "five pounds");
    row("euros", "\xE2\x82\xAC" "2.01", "two euros one cent");
    row("millions of dollars", "$3.5 million", "three point five million dollars");
    row("grouped dollars", "$1,200", "one thousand two hundred dollars");
    row("percent", "50%", "fifty percent");
    row("negative percent", "-5%", "minus five percent");
    row("time pm", "3:30 pm", "three thirty P M");
    row("time oh", "3:05", "three oh five");
    row("o'clock", "12:00", "twelve o'clock");
    row("hour am", "7am", "seven A M");
    row("time dotted", "at 3 p.m.", "at three P M.");
    row("doctor", "Dr. Smith", "doctor Smith");
    row("mister missus", "Mr. and Mrs. Jones", "mister and missus Jones");
    row("saint", "St. Louis", "saint Louis");
    row("street", "Main St.", "Main street.");
    row("etc ends sentence", "cats, dogs, etc.", "cats, dogs, et cetera.");
    row("etc mid sentence", "cats, etc. and dogs", "cats, et cetera and dogs");
    row("e.g.", "e.g. this", "for example this");
    row("versus", "cats vs. dogs", "cats versus dogs");
    row("number", "No. 5", "number five");
    row("no at the end", "I said no.", "I said no.");
    row("unit", "16 kHz", "sixteen kilohertz");
    row("unit attached", "1.5kg", "one point five kilograms");
    row("one unit", "1 dB", "one decibel");
    row("ampersand", "A&B", "A and B");
    row("alphanumeric", "MP3", "MP three");
    row("brackets pause", "(aside) text", "aside, text");
    row("quotes silent", "\"Quoted\" words", "Quoted words");
    row("curly quotes", "\xE2\x80\x9CHi\xE2\x80\x9D she said", "Hi she said");
    row("dash pause", "yes - no", "yes, no");
    row("possessive", "George's car", "George's car");
    row("accents kept", "caf\xC3\xA9", "caf\xC3\xA9");
    row("year range", "1990-1995", "nineteen ninety to nineteen ninety-five");
    row("year in a word", "COVID-2019", "COVID twenty nineteen");
    row("inner dot", "example.com", "example dot com");
    row("emoji dropped", "hi \xF0\x9F\x98\x80 there", "hi there");
}

void TestTextFrontEnd::normalization()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(q(normalized(text)), expected);
}

void TestTextFrontEnd::pausesAreTokens()
{
    const auto tokens = TextNormalizer::normalize("Hello, world! How are you? Fine; thanks: bye... ok?!");
    QStringList pauses;
    for (const TextToken &t : tokens)
        if (!t.isWord())
            pauses << q(t.text);
    // "..." is one stop, "?!" collapses into its strongest first mark.
    QCOMPARE(pauses, (QStringList{",", "!", "?", ";", ":", ".", "?"}));
    QVERIFY(tokens.front().isWord()); // a leading pause is dropped
    QCOMPARE(TextNormalizer::normalize("... (well) hi").front().text, std::string("well"));
    QCOMPARE(int(TextNormalizer::sentences(tokens).size()), 4);
}

void TestTextFrontEnd::numberWords_data()
{
    QTest::addColumn<qulonglong>("value");
    QTest::addColumn<QString>("cardinal");
    QTest::addColumn<QString>("ordinal");
    QTest::newRow("0") << 0ULL << "zero" << "zeroth";
    QTest::newRow("12") << 12ULL << "twelve" << "twelfth";
    QTest::newRow("21") << 21ULL << "twenty-one" << "twenty-first";
    QTest::newRow("100") << 100ULL << "one hundred" << "one hundredth";
    QTest::newRow("1005") << 1005ULL << "one thousand five" << "one thousand fifth";
    QTest::newRow("2000000") << 2000000ULL << "two million" << "two millionth";
    QTest::newRow("max") << qulonglong(NumberWords::maxCardinal())
                         << "nine hundred ninety-nine quadrillion nine hundred ninety-nine trillion nine hundred "
                            "ninety-nine billion nine hundred ninety-nine million nine hundred ninety-nine "
                            "thousand nine hundred ninety-nine"
                         << "nine hundred ninety-nine quadrillion nine hundred ninety-nine trillion nine hundred "
                            "ninety-nine billion nine hundred ninety-nine million nine hundred ninety-nine "
                            "thousand nine hundred ninety-ninth";
}

void TestTextFrontEnd::numberWords()
{
    QFETCH(qulonglong, value);
    QFETCH(QString, cardinal);
    QFETCH(QString, ordinal);
    QCOMPARE(q(NumberWords::cardinal(value)), cardinal);
    QCOMPARE(q(NumberWords::ordinal(value)), ordinal);
}

void TestTextFrontEnd::knownWords_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QStringList>("phonemes");
    QTest::newRow("cat") << "cat" << QStringList{"k", "ˈ", "æ", "t"};
    QTest::newRow("the") << "the" << QStringList{"ð", "ə"};
    QTest::newRow("hello") << "hello" << QStringList{"h", "ə", "l", "ˈ", "oʊ"};
    QTest::newRow("child") << "child" << QStringList{"tʃ", "ˈ", "aɪ", "l", "d"};
    QTest::newRow("judge") << "judge" << QStringList{"dʒ", "ˈ", "ʌ", "dʒ"};
    QTest::newRow("boy") << "boy" << QStringList{"b", "ˈ", "ɔɪ"};
    QTest::newRow("house") << "house" << QStringList{"h", "ˈ", "aʊ", "s"};
    QTest::newRow("say") << "say" << QStringList{"s", "ˈ", "eɪ"};
    QTest::newRow("see") << "see" << QStringList{"s", "ˈ", "iː"};
    QTest::newRow("letter P") << "P" << QStringList{"p", "ˈ", "iː"};
}

void TestTextFrontEnd::knownWords()
{
    QFETCH(QString, word);
    QFETCH(QStringList, phonemes);
    const bool spelled = word.size() == 1;
    QCOMPARE(list(Phonemizer::word(word.toStdString(), spelled)), phonemes);
}

void TestTextFrontEnd::stressIsASeparateSymbol()
{
    const Utterance u = TextFrontEnd::process("photograph photography");
    QCOMPARE(int(u.words.size()), 2);
    for (const PhonemeWord &w : u.words) {
        QVERIFY(std::count(w.phonemes.begin(), w.phonemes.end(), "ˈ") == 1);
        for (const std::string &p : w.phonemes) // never glued to a phoneme
            QVERIFY2(p == "ˈ" || p == "ˌ" || (p.find("ˈ") == std::string::npos && p.find("ˌ") == std::string::npos),
                     p.c_str());
    }
    // Stress moves between the two words: different positions of the primary stress.
    const auto stressAt = [](const PhonemeWord &w) {
        return std::find(w.phonemes.begin(), w.phonemes.end(), "ˈ") - w.phonemes.begin();
    };
    QVERIFY(stressAt(u.words[0]) != stressAt(u.words[1]));
}

void TestTextFrontEnd::articlesInContext()
{
    const Utterance u = TextFrontEnd::process("a cat ate the apple and the pear");
    QCOMPARE(list(u.words[0].phonemes), QStringList{"ɐ"});       // the article, not the letter's name
    QCOMPARE(list(u.words[3].phonemes), (QStringList{"ð", "ɪ"})); // before a vowel
    QCOMPARE(list(u.words[6].phonemes), (QStringList{"ð", "ə"})); // before a consonant
}

void TestTextFrontEnd::wordBoundaries()
{
    const Utterance u = TextFrontEnd::process("The quick brown fox, jumps over the lazy dog.");
    QCOMPARE(int(u.words.size()), 9);
    QCOMPARE(int(std::count(u.symbols.begin(), u.symbols.end(), SymbolTable::kWordBoundary)), 8);
    QCOMPARE(u.words[3].pauseAfter, std::string(","));
    QCOMPARE(u.words[8].pauseAfter, std::string("."));
    QCOMPARE(u.symbols.back(), std::string("."));
    QCOMPARE(q(u.normalized), QStringLiteral("The quick brown fox, jumps over the lazy dog."));
    // Every word's phonemes appear, in order, between the boundaries.
    std::vector<std::string> rebuilt;
    for (std::size_t k = 0; k < u.words.size(); ++k) {
        rebuilt.insert(rebuilt.end(), u.words[k].phonemes.begin(), u.words[k].phonemes.end());
        if (!u.words[k].pauseAfter.empty())
            rebuilt.push_back(u.words[k].pauseAfter);
        if (k + 1 < u.words.size())
            rebuilt.push_back(" ");
    }
    QCOMPARE(list(u.symbols), list(rebuilt));
}

void TestTextFrontEnd::inventoryIsCovered()
{
    const Utterance u = TextFrontEnd::process(kVaried);
    std::vector<std::string> unknown;
    const std::vector<int> ids = TextFrontEnd::ids(u, SymbolTable::englishIpa(), &unknown);
    QVERIFY2(unknown.empty(), qPrintable(list(unknown).join(' ')));
    QCOMPARE(ids.size(), u.symbols.size());
    QVERIFY(std::find(ids.begin(), ids.end(), SymbolTable::englishIpa().unknownId()) == ids.end());
    // The varied text reaches well into the inventory (not a few symbols repeated).
    std::vector<int> distinct = ids;
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    QVERIFY2(distinct.size() >= 45, qPrintable(QString::number(distinct.size())));
}

void TestTextFrontEnd::symbolTableRoundTrip()
{
    const SymbolTable &table = SymbolTable::englishIpa();
    QCOMPARE(table.id(SymbolTable::kPad), 0);
    QCOMPARE(table.id(SymbolTable::kUnknown), 1);
    QCOMPARE(table.id(SymbolTable::kWordBoundary), 4);
    QCOMPARE(table.id("ˈ"), 11);
    QCOMPARE(table.id("p"), 13); // ids are a model's contract: pinned, so a reorder fails here

    const SymbolTable back = SymbolTable::fromJson(table.toJson());
    QVERIFY(back == table);
    QCOMPARE(q(back.name()), QStringLiteral("en-us-ipa"));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string path = dir.filePath("symbols.json").toStdString();
    table.save(path);
    const SymbolTable loaded = SymbolTable::load(path);
    QVERIFY(loaded == table);
    const Utterance u = TextFrontEnd::process("Hello there, world!");
    const std::vector<int> ids = TextFrontEnd::ids(u, loaded);
    QCOMPARE(list(loaded.decode(ids)), list(u.symbols));
}

void TestTextFrontEnd::symbolTableRejectsBadJson_data()
{
    QTest::addColumn<QString>("json");
    QTest::newRow("not json") << "{nope";
    QTest::newRow("wrong format") << R"({"format":"x","version":1,"symbols":["<pad>","<unk>"," "]})";
    QTest::newRow("wrong version") << R"({"format":"wavebench-symbols","version":9,"symbols":["<pad>","<unk>"," "]})";
    QTest::newRow("duplicate") << R"({"format":"wavebench-symbols","version":1,"symbols":["<pad>","<unk>"," ","a","a"]})";
    QTest::newRow("no unk") << R"({"format":"wavebench-symbols","version":1,"symbols":["<pad>"," "]})";
    QTest::newRow("not strings") << R"({"format":"wavebench-symbols","version":1,"symbols":["<pad>",3]})";
}

void TestTextFrontEnd::symbolTableRejectsBadJson()
{
    QFETCH(QString, json);
    QVERIFY_THROWS_EXCEPTION(wb::Error, SymbolTable::fromJson(json.toStdString()));
}

void TestTextFrontEnd::unknownSymbolsAreReported()
{
    const SymbolTable small({"<pad>", "<unk>", " ", "h", "ə", "l", "ˈ"}, "small");
    const Utterance u = TextFrontEnd::process("hello hello");
    std::vector<std::string> unknown;
    const std::vector<int> ids = TextFrontEnd::ids(u, small, &unknown);
    QCOMPARE(list(unknown), QStringList{"oʊ"}); // reported once, though it occurs twice
    QCOMPARE(int(std::count(ids.begin(), ids.end(), small.unknownId())), 2);
    QCOMPARE(ids.front(), small.id("h"));
    QVERIFY_THROWS_EXCEPTION(wb::Error, SymbolTable::load("/nonexistent/symbols.json"));
}

void TestTextFrontEnd::deterministicAcrossCallsAndThreads()
{
    const Utterance first = TextFrontEnd::process(kVaried);
    const Utterance second = TextFrontEnd::process(kVaried);
    QCOMPARE(list(second.symbols), list(first.symbols));
    QCOMPARE(second.normalized, first.normalized);

    // Several threads at once (espeak-ng itself is not thread-safe): identical results, no crash.
    const char *texts[] = {kVaried, "The year 2010 was twenty ten.", "Hello, world!", "Dr. Who paid $5."};
    std::vector<std::vector<std::string>> expected;
    for (const char *t : texts)
        expected.push_back(TextFrontEnd::process(t).symbols);
    std::vector<int> mismatches(4, 0);
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&, t] {
            for (int round = 0; round < 25; ++round) {
                const int k = (t + round) % 4;
                if (TextFrontEnd::process(texts[k]).symbols != expected[k])
                    ++mismatches[t];
            }
        });
    for (auto &th : threads)
        th.join();
    QCOMPARE(mismatches, std::vector<int>(4, 0));
}

void TestTextFrontEnd::badInput_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << "" << "empty";
    QTest::newRow("blank") << " \n\t " << "empty";
    QTest::newRow("only punctuation") << "?!... ,;:" << "nothing to say";
    QTest::newRow("only quotes and emoji") << QString::fromUtf8("\"\" \xF0\x9F\x98\x80 ()") << "nothing to say";
    QTest::newRow("too long") << QString(int(TextFrontEnd::kMaxChars) + 1, QLatin1Char('a')) << "too long";
}

void TestTextFrontEnd::badInput()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    try {
        TextFrontEnd::process(text.toStdString());
        QFAIL("no error");
    } catch (const wb::Error &e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(message), e.what());
        QVERIFY(!QString::fromUtf8(e.what()).contains(QLatin1Char('\n')));
    }
}

void TestTextFrontEnd::longTextWorks()
{
    // 10,000 characters of sentences: handled sentence by sentence, quickly.
    std::string text;
    int sentences = 0;
    while (text.size() < 10000) {
        ++sentences;
        text += "Sentence " + std::to_string(sentences) + " costs $" + std::to_string(sentences) + ".25, ok? ";
    }
    text.resize(10000);
    QElapsedTimer timer;
    timer.start();
    const Utterance u = TextFrontEnd::process(text);
    QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(u.words.size() > 1000);
    QVERIFY(std::count(u.symbols.begin(), u.symbols.end(), "?") >= sentences - 1);

    // One 10,000-letter "word" neither crashes nor hangs espeak-ng.
    const Utterance blob = TextFrontEnd::process(std::string(10000, 'a'));
    QCOMPARE(int(blob.words.size()), 1);
    QVERIFY(!blob.words[0].phonemes.empty());
}

QTEST_GUILESS_MAIN(TestTextFrontEnd)
#include "tst_textfrontend.moc"
