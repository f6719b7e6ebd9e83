#include "Sentences.h"

#include "Error.h"

#include <random>
#include <set>

namespace wb {

namespace {

// Written for this project: short, everyday, and together covering the
// sounds of English in many contexts (clusters, all vowels and diphthongs,
// voiced and voiceless pairs, questions and exclamations).
const char *const kFixed[] = {
    "The quick brown fox jumps over the lazy dog.",
    "She sells bright shells by the rocky shore.",
    "A cold wind blew through the empty station.",
    "Please bring the blue notebook to the front desk.",
    "How much water should we carry on the long hike?",
    "The judge heard both sides before giving her answer.",
    "Fresh bread smells wonderful early in the morning.",
    "Our neighbor fixed the broken fence last weekend.",
    "Why did the choir stop singing in the middle of the song?",
    "The thick fog hid the lighthouse from the ships.",
    "Giant waves crashed against the old stone pier.",
    "We measured the shadow of the tower at noon.",
    "Could you turn the music down a little, please?",
    "The children built a castle of sand and shells.",
    "A yellow kite drifted high above the valley.",
    "Thank you for joining the lesson this afternoon.",
    "The mayor's speech was short, clear and warm.",
    "Every voice in the room sounded slightly different.",
    "He quietly closed the heavy oak door behind him.",
    "Birds gather on the wire before the storm arrives.",
    "My brother enjoys puzzles, chess and card games.",
    "The zoo keeper fed the hungry zebras at dawn.",
    "Watch out for the loose boards on the bridge!",
    "Television was once a luxury for most families.",
    "The garage smelled of oil, rubber and sawdust.",
    "Our teacher explained how sound travels through air.",
    "A sharp knife is safer than a dull one.",
    "The orchestra tuned their instruments in silence.",
    "Do you think the train will leave on time?",
    "Thousands of stars appeared as the clouds cleared.",
    "The baker shaped the dough into round loaves.",
    "Wet leaves covered the path through the forest.",
    "She measured the flour carefully before mixing it.",
    "The pilot announced a short delay because of the weather.",
    "Jazz musicians often improvise during a performance.",
    "That was the best soup I have ever tasted!",
    "The old map showed a hidden path to the beach.",
    "Please check your answers before you hand them in.",
    "A large owl watched us from the branch above.",
    "Vivid colors filled the gallery from wall to wall.",
    "The engineer tested the circuit with a voltmeter.",
    "Rain drummed steadily on the tin roof all night.",
    "They shared a pot of tea and talked for hours.",
    "The runner tied her shoes and took a deep breath.",
    "Which of these roads leads to the harbor?",
    "The library closes early on public holidays.",
    "Each photograph tells a story about its place and time.",
    "Smooth jazz played softly in the hotel lobby.",
    "The farmer planted corn, beans and squash together.",
    "Nobody expected the quiet student to win the debate.",
    "Sound is a wave of pressure moving through the air.",
    "A microphone turns those pressure changes into a voltage.",
    "The computer stores the sound as a list of numbers.",
    "Every spoken word is built from a handful of phonemes.",
    "A spectrogram shows how the energy of a sound changes over time.",
    "Low voices have a lower fundamental frequency than high ones.",
    "The vocal tract shapes the buzz of the voice into vowels.",
    "Whispered speech has no pitch at all.",
    "Loud sounds are not always the most important ones.",
    "The network predicts one sample at a time.",
    "Good data matters more than a clever model.",
    "Our cat sleeps on the warm windowsill every afternoon.",
    "The museum guide pointed to a huge dinosaur skeleton.",
    "I'll meet you by the fountain after the concert.",
    "The soup needs more salt and a little pepper.",
    "Knowledge grows when it is shared with others.",
    "The chef chopped onions, garlic and ginger.",
    "A gentle breeze moved the curtains back and forth.",
    "Few people noticed the small boat on the horizon.",
    "Their house is painted a pale shade of green.",
    "The volcano has been quiet for many years.",
    "Join us for lunch on the terrace tomorrow.",
    "Clever foxes rarely fall for the same trick twice.",
    "My grandmother keeps her letters in a wooden box.",
    "The choir rehearsed the hymn until it was perfect.",
    "Strong coffee keeps the night shift awake.",
    "We watched the eclipse through special glasses.",
    "The puppy chewed through the garden hose again.",
    "Usually the bus is crowded during rush hour.",
    "Thin ice cracked under the weight of the sled.",
    "A thousand tiny lights decorated the square.",
    "The twins wore matching jackets to the party.",
    "Exercise helps the body and the mind.",
    "Measure twice and cut once, the carpenter said.",
    "The river flooded the meadow after the heavy rain.",
    "Whose umbrella is leaning against the wall?",
    "The festival ended with fireworks over the lake.",
    "She thought the theory was thoroughly tested.",
    "A shy deer stepped out of the woods at dusk.",
    "The post office is around the corner from the bank.",
    "Honest feedback helps everyone improve.",
    "The clock in the hall chimed twelve times.",
    "Swimming in the ocean feels different from a pool.",
    "The scientist recorded every result in her journal.",
    "Yesterday the market was full of ripe peaches.",
    "Our journey began at the edge of the desert.",
    "The violinist bowed to the cheering audience.",
    "Oysters, mussels and clams live in shallow water.",
    "He poured the juice into a tall glass of ice.",
    "The hikers reached the summit just before sunset.",
};

const char *const kNames[] = {"Anna",     "Ben",    "Carlos", "Diana",    "Ethan",   "Fatima",
                              "George",   "Hannah", "Ivan",   "Julia",    "Kevin",   "Laura",
                              "Mohammed", "Nina",   "Oscar",  "Priya",    "Quentin", "Rosa",
                              "Samuel",   "Tara",   "Umar",   "Victoria", "William", "Yuki",
                              "Zoe",      "Martin", "Grace",  "Daniel",   "Sofia",   "Peter"};
const char *const kPlaces[] = {"Boston",  "Chicago", "Denver",  "Madrid",   "Toronto",
                               "Seattle", "London",  "Dublin",  "Lisbon",   "Oslo",
                               "Austin",  "Phoenix", "Vienna",  "Sydney",   "Nairobi",
                               "Lima",    "Atlanta", "Houston", "Portland", "Montreal"};
const char *const kThings[] = {"tickets",   "books",     "chairs",  "apples",    "lamps",
                               "notebooks", "bicycles",  "guitars", "umbrellas", "candles",
                               "blankets",  "batteries", "cameras", "helmets",   "jackets",
                               "pencils",   "plates",    "radios",  "tents",     "watches"};
const char *const kMonths[] = {"January",   "February", "March",    "April",
                               "May",       "June",     "July",     "August",
                               "September", "October",  "November", "December"};
const char *const kDays[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                             "Friday", "Saturday", "Sunday"};
const char *const kEvents[] = {"meeting",     "concert",   "interview", "lecture", "flight",
                               "appointment", "rehearsal", "workshop",  "match",   "dinner"};
// Open-class words for free sentences: lexical and phonetic variety beyond the templates above.
const char *const kAdjectives[] = {
    "quiet",  "bright",   "heavy",   "ancient", "curious", "gentle",  "narrow",  "golden",
    "shiny",  "muddy",    "frozen",  "purple",  "clever",  "lonely",  "crowded", "sleepy",
    "tiny",   "enormous", "polite",  "rusty",   "smooth",  "noisy",   "careful", "famous",
    "hollow", "bitter",   "fragile", "wooden",  "distant", "eager",   "patient", "humble",
    "vivid",  "cheerful", "thirsty", "gloomy",  "modern",  "strange", "simple",  "loyal"};
const char *const kNouns[] = {"teacher",  "painter", "sailor", "doctor",   "farmer",   "student",
                              "engineer", "baker",   "pilot",  "gardener", "musician", "reporter",
                              "lawyer",   "dancer",  "driver", "nurse",    "poet",     "scientist",
                              "fox",      "horse",   "parrot", "turtle",   "rabbit",   "whale",
                              "beetle",   "owl",     "kitten"};
const char *const kObjects[] = {
    "a letter",   "the window",  "a bucket",      "the ladder",     "an envelope", "the violin",
    "a sandwich", "the compass", "a blanket",     "the mirror",     "a basket",    "the key",
    "a pumpkin",  "the hammock", "a telescope",   "the lantern",    "a parachute", "the chessboard",
    "an oyster",  "the journal", "a thermometer", "the puzzle",     "a feather",   "the wheel",
    "a kettle",   "the yogurt",  "a zipper",      "the giraffe toy"};
const char *const kVerbs[] = {"carried", "painted",  "found",    "dropped", "borrowed", "polished",
                              "opened",  "repaired", "measured", "wrapped", "hid",      "cleaned",
                              "watched", "chose",    "dragged",  "shared",  "lifted",   "judged",
                              "weighed", "thanked",  "pushed"};
const char *const kPlacesPhrase[] = {
    "near the harbor",    "behind the barn",      "under the bridge", "inside the museum",
    "beside the river",   "at the station",       "on the rooftop",   "in the kitchen",
    "across the square",  "through the tunnel",   "by the fireplace", "along the shore",
    "outside the school", "beneath the oak tree", "in the garage"};
const char *const kAdverbs[] = {"slowly",  "quickly",      "proudly",    "nervously",
                                "happily", "silently",     "gracefully", "suddenly",
                                "eagerly", "thoughtfully", "boldly",     "patiently"};
const char *const kTimes[] = {
    "yesterday",        "this morning",    "last night",          "every Sunday",   "at midnight",
    "before breakfast", "after the storm", "during the holidays", "in the evening", "once a week"};

template <typename T, std::size_t N> const char *pick(const T (&list)[N], std::mt19937 &rng)
{
    return list[std::uniform_int_distribution<std::size_t>(0, N - 1)(rng)];
}

int number(std::mt19937 &rng, int lo, int hi)
{
    return std::uniform_int_distribution<int>(lo, hi)(rng);
}

std::string ordinalSuffix(int day)
{
    if (day % 100 >= 11 && day % 100 <= 13)
        return "th";
    switch (day % 10) {
    case 1:
        return "st";
    case 2:
        return "nd";
    case 3:
        return "rd";
    default:
        return "th";
    }
}

std::string twoDigits(int n)
{
    return (n < 10 ? "0" : "") + std::to_string(n);
}

std::string capitalized(std::string s)
{
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z')
        s[0] = char(s[0] - 'a' + 'A');
    return s;
}

/** A free sentence: subject, verb, object, place and time in one of several shapes. */
std::string freeSentence(std::mt19937 &rng)
{
    const std::string adj = pick(kAdjectives, rng), noun = pick(kNouns, rng),
                      verb = pick(kVerbs, rng);
    const std::string object = pick(kObjects, rng), where = pick(kPlacesPhrase, rng);
    const std::string adverb = pick(kAdverbs, rng), when = pick(kTimes, rng),
                      adj2 = pick(kAdjectives, rng);
    switch (number(rng, 0, 7)) {
    case 0:
        return "The " + adj + " " + noun + " " + adverb + " " + verb + " " + object + " " + where +
               ".";
    case 1:
        return capitalized(when) + ", the " + noun + " " + verb + " " + object + " " + where + ".";
    case 2:
        return "Why was the " + adj + " " + noun + " " + where + " " + when + "?";
    case 3:
        return "A " + adj + " " + noun + " " + verb + " " + object + ", and everyone felt " + adj2 +
               ".";
    case 4:
        return "I think the " + noun + " " + verb + " " + object + " " + when + ".";
    case 5:
        return "Nobody expected " + object + " to be so " + adj + " " + where + ".";
    case 6:
        return "The " + noun + " and the " + pick(kNouns, rng) + " " + adverb + " " + verb + " " +
               object + ".";
    default:
        return "Have you seen how " + adj + " " + object + " looks " + where + "?";
    }
}

std::string generated(std::mt19937 &rng)
{
    if (number(rng, 0, 1) == 0)
        return freeSentence(rng);
    const std::string name = pick(kNames, rng), other = pick(kNames, rng),
                      place = pick(kPlaces, rng);
    const std::string things = pick(kThings, rng), month = pick(kMonths, rng),
                      day = pick(kDays, rng);
    const std::string event = pick(kEvents, rng);
    const int date = number(rng, 1, 28);
    const std::string time =
        std::to_string(number(rng, 1, 12)) + ":" + twoDigits(5 * number(rng, 0, 11));
    const std::string half = number(rng, 0, 1) ? "a.m." : "p.m.";
    switch (number(rng, 0, 13)) {
    case 0:
        return name + " bought " + std::to_string(number(rng, 2, 99)) + " " + things + " for $" +
               std::to_string(number(rng, 3, 950)) + "." + twoDigits(number(rng, 0, 99)) + ".";
    case 1:
        return "The " + event + " in " + place + " starts at " + time + " " + half + " on " + day +
               ".";
    case 2:
        return name + " was born on " + month + " " + std::to_string(date) + ordinalSuffix(date) +
               ", " + std::to_string(number(rng, 1950, 2020)) + ".";
    case 3:
        return "About " + std::to_string(number(rng, 2, 98)) + "% of the " + things + " in " +
               place + " were sold by " + day + ".";
    case 4:
        return "Call " + name + " before " + time + " if the " + event + " is moved.";
    case 5:
        return "Did " + name + " really drive " + std::to_string(number(rng, 12, 900)) +
               " miles to " + place + "?";
    case 6:
        return "On " + day + ", " + name + " and " + other + " flew from " + place + " to " +
               pick(kPlaces, rng) + ".";
    case 7:
        return "The store in " + place + " has " + std::to_string(number(rng, 100, 9999)) + " " +
               things + " in stock.";
    case 8:
        return "Dr. " + name + " will see " + std::to_string(number(rng, 2, 40)) +
               " patients before the " + event + ".";
    case 9:
        return name + " finished " + std::to_string(number(rng, 1, 30)) +
               ordinalSuffix(number(rng, 1, 30)) + " out of " +
               std::to_string(number(rng, 31, 500)) + " runners in " + place + ".";
    case 10:
        return "The temperature in " + place + " fell to " + std::to_string(number(rng, 2, 40)) +
               " degrees on " + month + " " + std::to_string(date) + ordinalSuffix(date) + ".";
    case 11:
        return "In " + std::to_string(number(rng, 1990, 2025)) + ", " + name + " moved to " +
               place + " with " + other + ".";
    case 12:
        return "Tickets for the " + event + " cost $" + std::to_string(number(rng, 5, 120)) +
               ", and " + name + " bought " + std::to_string(number(rng, 2, 9)) + ".";
    default:
        return "Please tell " + name + " that the " + event + " on " + day + " is at " + time + ".";
    }
}

} // namespace

int fixedSentenceCount()
{
    return int(sizeof kFixed / sizeof kFixed[0]);
}

std::vector<std::string> corpusSentences(int count, unsigned seed)
{
    if (count < 1)
        throw Error("a corpus needs at least one sentence");
    std::vector<std::string> out;
    out.reserve(static_cast<std::size_t>(count));
    std::set<std::string> seen;
    for (const char *s : kFixed) {
        if (int(out.size()) == count)
            return out;
        out.emplace_back(s);
        seen.insert(s);
    }
    std::mt19937 rng(seed);
    for (int tries = 0; int(out.size()) < count; ++tries) {
        if (tries > 100 * count)
            throw Error("cannot make " + std::to_string(count) + " distinct sentences");
        std::string s = generated(rng);
        if (seen.insert(s).second)
            out.push_back(std::move(s));
    }
    return out;
}

} // namespace wb
