#!/usr/bin/python3
"""Intelligibility of synthetic speech: word error rate of an off-the-shelf recognizer.

Each held-out sentence (tests/tts/heldout.txt, one per line) is spoken by a voice, recognized
by pocketsphinx (pocketsphinx_continuous with its default US English models) and compared with
the sentence word by word. The score is the corpus-level word error rate

    WER = (substitutions + deletions + insertions) / reference words   (summed over sentences)

in percent. It is only meaningful *relative* to the teacher voice (flite "slt", which made the
training corpus): the recognizer itself makes mistakes on perfect speech, so a model is judged
by how much worse than the teacher it is (target: at most 10 points worse).

Subcommands:

  wer.py teacher --out DIR
      speak with flite (-voice slt), recognize, score; writes DIR/000.wav ... and DIR/report.json
  wer.py synth --out DIR --cmd "build/app/wavebench tts {text} -o {wav} --model fastspeech2"
      the same with any command that writes a WAV. Placeholders: {text} (the sentence, passed
      as one argument, no quoting needed), {wav} (the output path), {text_file} (a file holding
      the sentence), {index} (000, 001, ...). The template is split with shlex and run without
      a shell; --shell runs it through /bin/sh instead (substitutions are then shlex-quoted).
  wer.py score --wav-dir DIR
      score existing WAVs DIR/000.wav, DIR/001.wav, ... (sentence order)

Common options: --sentences FILE, --jobs N (parallel workers, default 2), --limit N (first N
sentences only), --report FILE, --baseline REPORT.json --max-gap POINTS (fail when this WER is
more than POINTS above the baseline's), --quiet.

Exit status: 0 success, 1 error (missing tool, failing command, missing WAV...), 2 bad usage,
3 the --baseline/--max-gap check failed.

References and hypotheses are normalized the same way before scoring: lowercase, numbers as
English words (years 1100-2099 read as years, "2019" -> "twenty nineteen", like the project's
text front end and flite), punctuation removed except apostrophes inside words; recognizer
fillers (<sil>, [NOISE], ++NOISE++) and alternate-pronunciation markers ("word(2)") dropped.

Python 3 standard library only.
"""

import argparse
import concurrent.futures
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
import wave

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SENTENCES = os.path.join(HERE, "heldout.txt")
RECOGNIZER = "pocketsphinx_continuous"
RECOGNIZER_RATE = 16000


class Failure(Exception):
    """An error worth a clear message and exit status 1."""


# ----------------------------------------------------------------------------------------------
# Numbers as words

_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_SCALES = ["", "thousand", "million", "billion", "trillion"]
_IRREGULAR_ORDINALS = {"one": "first", "two": "second", "three": "third", "five": "fifth",
                       "eight": "eighth", "nine": "ninth", "twelve": "twelfth", "zero": "zeroth"}


def _below_1000(n):
    words = []
    if n >= 100:
        words += [_ONES[n // 100], "hundred"]
        n %= 100
        if n == 0:
            return words
    if n < 20:
        words.append(_ONES[n])
    else:
        words.append(_TENS[n // 10])
        if n % 10:
            words.append(_ONES[n % 10])
    return words


def number_words(n):
    """Cardinal number as a list of words: 0-9999 and beyond (up to the trillions).

    No "and": 350 -> three hundred fifty (as flite and the project's front end say it)."""
    if n < 0:
        return ["minus"] + number_words(-n)
    if n == 0:
        return ["zero"]
    groups = []
    while n > 0:
        groups.append(n % 1000)
        n //= 1000
    if len(groups) > len(_SCALES):
        raise ValueError("number too large")
    words = []
    for g in range(len(groups) - 1, -1, -1):
        if groups[g]:
            words += _below_1000(groups[g])
            if g:
                words.append(_SCALES[g])
    return words


def year_words(n):
    """A year as said aloud: 2019 -> twenty nineteen, 1905 -> nineteen oh five,
    1900 -> nineteen hundred, 2000 -> two thousand, 2005 -> two thousand five
    (the rules of the project's NumberWords::year)."""
    if n < 1000 or n >= 10000:
        return number_words(n)
    high, low = divmod(n, 100)
    if n % 1000 == 0 or (n % 1000 < 10 and n // 1000 != 1 and high % 10 == 0):
        return number_words(n)
    if low == 0:
        return number_words(high) + ["hundred"]
    if low < 10:
        return number_words(high) + ["oh", _ONES[low]]
    return number_words(high) + number_words(low)


def looks_like_year(digits):
    """A plain four-digit integer from 1100 to 2099 is read as a year (like the front end)."""
    return len(digits) == 4 and digits[0] != "0" and 1100 <= int(digits) <= 2099


def ordinal_words(n):
    words = number_words(n)
    last = words[-1]
    if last in _IRREGULAR_ORDINALS:
        words[-1] = _IRREGULAR_ORDINALS[last]
    elif last.endswith("y"):
        words[-1] = last[:-1] + "ieth"
    else:
        words[-1] = last + "th"
    return words


def plural_words(words):
    last = words[-1]
    if last.endswith("y"):
        last = last[:-1] + "ies"
    elif last.endswith("x"):
        last += "es"
    else:
        last += "s"
    return words[:-1] + [last]


def _integer_words(digits, as_year_if_plausible=True):
    digits = digits.replace(",", "")
    if as_year_if_plausible and looks_like_year(digits):
        return year_words(int(digits))
    return number_words(int(digits))


# A number token: optional currency sign, digits with optional thousands commas, optional
# decimals, optional suffix (ordinal, plural "s", percent).
_NUMBER = re.compile(
    r"(?P<cur>[$£€])?"
    r"(?P<int>\d{1,3}(?:,\d{3})+|\d+)"
    r"(?:\.(?P<frac>\d+))?"
    r"(?P<suf>st|nd|rd|th|s|'s|%)?"
    r"(?![\w])", re.IGNORECASE)
_TIME = re.compile(r"(?<![\w:])(\d{1,2}):(\d{2})(?![\w:])")
_CURRENCY = {"$": ("dollar", "dollars"), "£": ("pound", "pounds"), "€": ("euro", "euros")}


def _time_words(match):
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23 or minute > 59:
        return match.group(0)
    words = number_words(hour)
    if minute == 0:
        words.append("o'clock")
    elif minute < 10:
        words += ["oh", _ONES[minute]]
    else:
        words += number_words(minute)
    return " " + " ".join(words) + " "


def _number_token_words(match):
    cur, integer, frac, suf = match.group("cur"), match.group("int"), match.group("frac"), \
        (match.group("suf") or "").lower()
    plain = frac is None and not cur and "," not in integer
    if suf in ("st", "nd", "rd", "th") and frac is None:
        words = ordinal_words(int(integer.replace(",", "")))
    else:
        words = _integer_words(integer, as_year_if_plausible=plain)
        if frac is not None and not (cur and len(frac) == 2):
            words += ["point"] + [_ONES[int(d)] for d in frac]
        if suf in ("s", "'s"):
            words = plural_words(words)
        elif suf == "%":
            words.append("percent")
    if cur:
        unit, units = _CURRENCY[cur]
        one = integer == "1"
        if frac is not None and len(frac) == 2:
            cents = int(frac)
            out = []
            if int(integer.replace(",", "")) != 0 or cents == 0:
                out = words + [unit if one else units]
            if cents:
                out += number_words(cents) + ["cent" if cents == 1 else "cents"]
            words = out
        else:
            words = words + [unit if one and frac is None else units]
    return " " + " ".join(words) + " "


def normalize_reference(text):
    """Sentence -> list of words as the recognizer would write them."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    text = text.replace("&", " and ")
    text = _TIME.sub(_time_words, text)
    text = _NUMBER.sub(_number_token_words, text)
    # Digits left inside other tokens ("3kg", "mp3"): plain cardinals.
    text = re.sub(r"\d+", lambda m: " " + " ".join(number_words(int(m.group(0)))) + " ", text)
    return _words(text)


_FILLER = re.compile(r"^(<.*>|\[.*\]|\+\+.*\+\+|\+.*\+)$")
_ALTERNATE = re.compile(r"\(\d+\)$")


def normalize_hypothesis(text):
    """Recognizer output -> list of words (fillers and alternate markers dropped)."""
    kept = []
    for token in text.split():
        if _FILLER.match(token):
            continue
        kept.append(_ALTERNATE.sub("", token))
    return _words(" ".join(kept))


def _words(text):
    text = text.lower()
    # Anything but letters, digits and apostrophes separates words ("well-known" -> 2 words).
    text = re.sub(r"[^\w']+|_", " ", text)
    words = []
    for w in text.split():
        w = w.strip("'")
        if w:
            words.append(w)
    return words


# ----------------------------------------------------------------------------------------------
# Alignment

def align(ref, hyp):
    """Levenshtein alignment of two word lists.

    Returns (substitutions, deletions, insertions, pairs) where pairs is a list of
    (ref_word or None, hyp_word or None) in order."""
    n, m = len(ref), len(hyp)
    # cost[i][j]: edit distance between ref[:i] and hyp[:j]
    cost = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        cost[i][0] = i
    for j in range(1, m + 1):
        cost[0][j] = j
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            diag = cost[i - 1][j - 1] + (ref[i - 1] != hyp[j - 1])
            cost[i][j] = min(diag, cost[i - 1][j] + 1, cost[i][j - 1] + 1)
    # Backtrace from the end. Among paths of equal (minimal) cost, prefer a match, then an
    # insertion or deletion, then a substitution: the counts are the same either way, but
    # "balloon floated / billion floating up" then pairs balloon-billion, floated-floating.
    s = d = ins = 0
    pairs = []
    i, j = n, m
    while i > 0 or j > 0:
        if i > 0 and j > 0 and ref[i - 1] == hyp[j - 1] and cost[i][j] == cost[i - 1][j - 1]:
            pairs.append((ref[i - 1], hyp[j - 1]))
            i, j = i - 1, j - 1
        elif j > 0 and cost[i][j] == cost[i][j - 1] + 1:
            ins += 1
            pairs.append((None, hyp[j - 1]))
            j -= 1
        elif i > 0 and cost[i][j] == cost[i - 1][j] + 1:
            d += 1
            pairs.append((ref[i - 1], None))
            i -= 1
        else:
            s += 1
            pairs.append((ref[i - 1], hyp[j - 1]))
            i, j = i - 1, j - 1
    pairs.reverse()
    return s, d, ins, pairs


def alignment_lines(pairs):
    """sclite-style display: correct words lowercase, errors uppercase, gaps as stars."""
    ref_cells, hyp_cells = [], []
    for r, h in pairs:
        if r == h:
            rc, hc = r, h
        else:
            rc = r.upper() if r is not None else "*" * len(h)
            hc = h.upper() if h is not None else "*" * len(r)
        width = max(len(rc), len(hc))
        ref_cells.append(rc.ljust(width))
        hyp_cells.append(hc.ljust(width))
    return " ".join(ref_cells).rstrip(), " ".join(hyp_cells).rstrip()


# ----------------------------------------------------------------------------------------------
# Tools

def require_tool(name, package):
    path = shutil.which(name)
    if not path:
        raise Failure("'%s' was not found on PATH; install it (Debian/Ubuntu: apt-get install %s)"
                      % (name, package))
    return path


def _tail(text, lines=15):
    text = (text or "").strip()
    return "\n".join(text.splitlines()[-lines:]) if text else "(no output)"


def _is_recognizer_format(path):
    try:
        with wave.open(path, "rb") as w:
            return (w.getframerate() == RECOGNIZER_RATE and w.getnchannels() == 1
                    and w.getsampwidth() == 2 and w.getcomptype() == "NONE")
    except (wave.Error, EOFError, OSError):
        return False


def to_recognizer_wav(src, dst, sox, pad):
    """Convert any audio file sox reads to 16 kHz 16-bit mono WAV, padded with silence.

    Returns the path to give the recognizer."""
    if sox is None:
        if _is_recognizer_format(src):
            return src
        raise Failure("%s is not 16 kHz 16-bit mono WAV and 'sox' was not found to convert it "
                      "(apt-get install sox)" % src)
    cmd = [sox, "-q", src, "-r", str(RECOGNIZER_RATE), "-c", "1", "-b", "16",
           "-e", "signed-integer", "-t", "wav", dst]
    if pad > 0:
        cmd += ["pad", "%g" % pad, "%g" % pad]
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       universal_newlines=True)
    if p.returncode != 0 or not os.path.isfile(dst):
        raise Failure("sox could not convert %s (exit %d):\n%s"
                      % (src, p.returncode, _tail(p.stderr)))
    return dst


def recognize(recognizer, wav_path, log_path, extra_args):
    """Run pocketsphinx on one 16 kHz mono WAV; returns the raw hypothesis text."""
    cmd = [recognizer, "-infile", wav_path, "-logfn", log_path] + list(extra_args)
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       universal_newlines=True)
    if p.returncode != 0:
        log = ""
        try:
            with open(log_path, errors="replace") as f:
                log = f.read()
        except OSError:
            pass
        raise Failure("%s failed on %s (exit %d):\n%s"
                      % (recognizer, wav_path, p.returncode, _tail(log + p.stderr)))
    # One line per utterance the recognizer's voice activity detection found.
    return " ".join(line.strip() for line in p.stdout.splitlines() if line.strip())


def expand_command(template, text, wav, text_file, index, use_shell):
    """Fill the placeholders of a command template; returns argv (or a shell string)."""
    values = {"{text}": text, "{wav}": wav, "{text_file}": text_file, "{index}": index}

    def fill(s, quote):
        for key, value in values.items():
            s = s.replace(key, shlex.quote(value) if quote else value)
        return s

    if use_shell:
        return fill(template, True)
    return [fill(arg, False) for arg in shlex.split(template)]


def synthesize(template, use_shell, text, wav, text_file, index, timeout):
    if os.path.exists(wav):
        os.remove(wav)
    with open(text_file, "w", encoding="utf-8") as f:
        f.write(text + "\n")
    cmd = expand_command(template, text, wav, text_file, index, use_shell)
    shown = cmd if use_shell else " ".join(shlex.quote(a) for a in cmd)
    try:
        p = subprocess.run(cmd, shell=use_shell, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           universal_newlines=True, timeout=timeout)
    except FileNotFoundError:
        raise Failure("cannot run the synthesis command, '%s' was not found:\n  %s"
                      % (cmd[0], shown))
    except subprocess.TimeoutExpired:
        raise Failure("the synthesis command took longer than %g s:\n  %s" % (timeout, shown))
    if p.returncode != 0:
        raise Failure("the synthesis command failed (exit %d):\n  %s\n%s"
                      % (p.returncode, shown, _tail(p.stderr + p.stdout)))
    if not os.path.isfile(wav) or os.path.getsize(wav) <= 44:
        raise Failure("the synthesis command exited 0 but wrote no audio to %s:\n  %s"
                      % (wav, shown))


# ----------------------------------------------------------------------------------------------
# Running

def read_sentences(path, limit):
    try:
        with open(path, encoding="utf-8") as f:
            sentences = [line.strip() for line in f if line.strip() and not line.startswith("#")]
    except OSError as e:
        raise Failure("cannot read the sentence list %s: %s" % (path, e.strerror))
    if not sentences:
        raise Failure("the sentence list %s is empty" % path)
    if limit:
        sentences = sentences[:limit]
    return sentences


def wav_name(index):
    return "%03d.wav" % index


def run_all(args, sentences, wav_dir, template=None, use_shell=False):
    """Synthesize (when template is given), convert, recognize, score; returns the report."""
    recognizer = require_tool(RECOGNIZER, "pocketsphinx pocketsphinx-en-us")
    sox = shutil.which("sox")
    if template is None:
        missing = [wav_name(i) for i in range(len(sentences))
                   if not os.path.isfile(os.path.join(wav_dir, wav_name(i)))]
        if missing:
            raise Failure("%d of %d WAVs are missing in %s: %s%s"
                          % (len(missing), len(sentences), wav_dir, ", ".join(missing[:10]),
                             " ..." if len(missing) > 10 else ""))
    extra = shlex.split(args.ps_args) if args.ps_args else []
    started = time.time()
    progress = not args.quiet and sys.stderr.isatty()

    with tempfile.TemporaryDirectory(prefix="wer_") as tmp:
        def one(i):
            text = sentences[i]
            wav = os.path.join(wav_dir, wav_name(i))
            t0 = time.time()
            if template is not None:
                text_file = os.path.join(wav_dir, "%03d.txt" % i)
                synthesize(template, use_shell, text, wav, text_file, "%03d" % i, args.timeout)
            t1 = time.time()
            rec_wav = to_recognizer_wav(wav, os.path.join(tmp, wav_name(i)), sox, args.pad)
            raw = recognize(recognizer, rec_wav, os.path.join(tmp, "%03d.log" % i), extra)
            return i, raw, t1 - t0, time.time() - t1

        results = [None] * len(sentences)
        with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            futures = [pool.submit(one, i) for i in range(len(sentences))]
            try:
                for fut in concurrent.futures.as_completed(futures):
                    i, raw, synth_s, rec_s = fut.result()
                    results[i] = (raw, synth_s, rec_s)
                    if progress:
                        done = sum(r is not None for r in results)
                        print("\r[%d/%d]" % (done, len(sentences)), end="", file=sys.stderr,
                              flush=True)
            except BaseException:
                for f in futures:
                    f.cancel()
                raise
            finally:
                if progress:
                    print("\r" + " " * 12 + "\r", end="", file=sys.stderr, flush=True)

    elapsed = time.time() - started
    items = []
    tot = {"ref_words": 0, "sub": 0, "del": 0, "ins": 0}
    for i, text in enumerate(sentences):
        raw, synth_s, rec_s = results[i]
        ref = normalize_reference(text)
        hyp = normalize_hypothesis(raw)
        s, d, ins, pairs = align(ref, hyp)
        errors = s + d + ins
        tot["ref_words"] += len(ref)
        tot["sub"] += s
        tot["del"] += d
        tot["ins"] += ins
        ref_line, hyp_line = alignment_lines(pairs)
        items.append({
            "index": i, "wav": os.path.join(wav_dir, wav_name(i)), "text": text,
            "reference": " ".join(ref), "hypothesis": " ".join(hyp), "raw_hypothesis": raw,
            "ref_words": len(ref), "sub": s, "del": d, "ins": ins, "errors": errors,
            "wer": round(100.0 * errors / len(ref), 2) if ref else None,
            "alignment": {"ref": ref_line, "hyp": hyp_line},
            "synth_seconds": round(synth_s, 3), "recognize_seconds": round(rec_s, 3),
        })
    errors = tot["sub"] + tot["del"] + tot["ins"]
    wer = 100.0 * errors / tot["ref_words"] if tot["ref_words"] else 0.0
    return {
        "wer": round(wer, 2),
        "errors": errors, "ref_words": tot["ref_words"],
        "substitutions": tot["sub"], "deletions": tot["del"], "insertions": tot["ins"],
        "sentences": len(sentences),
        "sentences_with_errors": sum(1 for it in items if it["errors"]),
        "sentence_file": os.path.abspath(args.sentences),
        "wav_dir": os.path.abspath(wav_dir),
        "recognizer": ("%s (default en-us models) %s" % (recognizer, " ".join(extra))).strip(),
        "pad_seconds": args.pad,
        "jobs": args.jobs,
        "seconds": round(elapsed, 2),
        "items": items,
    }


def print_report(report, quiet):
    if not quiet:
        for it in report["items"]:
            print("%03d  %s" % (it["index"], it["text"]))
            if it["errors"]:
                print("     REF: %s" % it["alignment"]["ref"])
                print("     HYP: %s" % it["alignment"]["hyp"])
            else:
                print("     HYP: %s" % it["hypothesis"])
            print("     errors %d / %d words (S %d, D %d, I %d)"
                  % (it["errors"], it["ref_words"], it["sub"], it["del"], it["ins"]))
        print()
    print("WER %.2f%%  (%d errors / %d reference words: S %d, D %d, I %d; "
          "%d of %d sentences with errors; %.1f s)"
          % (report["wer"], report["errors"], report["ref_words"], report["substitutions"],
             report["deletions"], report["insertions"], report["sentences_with_errors"],
             report["sentences"], report["seconds"]))


def write_report(report, path):
    directory = os.path.dirname(os.path.abspath(path))
    os.makedirs(directory, exist_ok=True)
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(report, f, indent=2, ensure_ascii=False)
        f.write("\n")
    os.replace(tmp, path)
    print("report: %s" % path)


def check_baseline(report, baseline_path, max_gap):
    try:
        with open(baseline_path, encoding="utf-8") as f:
            baseline = json.load(f)
        base = float(baseline["wer"])
    except (OSError, ValueError, KeyError, TypeError) as e:
        raise Failure("cannot read the WER of baseline report %s: %s" % (baseline_path, e))
    if baseline.get("sentence_file") != report["sentence_file"] or \
            baseline.get("sentences") != report["sentences"]:
        print("warning: the baseline was measured on other sentences (%s, %s sentences)"
              % (baseline.get("sentence_file"), baseline.get("sentences")), file=sys.stderr)
    gap = report["wer"] - base
    report["baseline"] = {"report": os.path.abspath(baseline_path), "wer": base,
                          "gap": round(gap, 2), "max_gap": max_gap, "passed": gap <= max_gap}
    print("baseline WER %.2f%%, gap %+.2f points (allowed %+.2f): %s"
          % (base, gap, max_gap, "PASS" if gap <= max_gap else "FAIL"))
    return gap <= max_gap


def main(argv=None):
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--sentences", default=DEFAULT_SENTENCES,
                        help="sentence list, one per line (default: %(default)s)")
    common.add_argument("--jobs", "-j", type=int, default=2,
                        help="parallel workers (default: %(default)s)")
    common.add_argument("--limit", type=int, default=0, help="only the first N sentences")
    common.add_argument("--report", help="where to write the JSON report")
    common.add_argument("--pad", type=float, default=0.3,
                        help="seconds of silence added before and after each utterance before "
                             "recognition; pocketsphinx's voice activity detection clips speech "
                             "that starts right at the beginning (default: %(default)s)")
    common.add_argument("--ps-args", default="",
                        help="extra arguments for pocketsphinx_continuous, e.g. '-lw 10'")
    common.add_argument("--baseline", help="a teacher report.json to compare with")
    common.add_argument("--max-gap", type=float, default=10.0,
                        help="allowed WER points above --baseline (default: %(default)s)")
    common.add_argument("--quiet", "-q", action="store_true",
                        help="print only the summary")

    parser = argparse.ArgumentParser(
        description="Word error rate of pocketsphinx on held-out sentences spoken by a voice.",
        epilog="Run '%(prog)s SUBCOMMAND -h' for the options of each.")
    sub = parser.add_subparsers(dest="mode", metavar="SUBCOMMAND")
    sub.required = True
    p_teacher = sub.add_parser("teacher", parents=[common],
                               help="speak with flite (the teacher voice), recognize, score")
    p_teacher.add_argument("--out", required=True, help="folder for the WAVs and report.json")
    p_teacher.add_argument("--voice", default="slt", help="flite voice (default: %(default)s)")
    p_teacher.add_argument("--timeout", type=float, default=120,
                           help="seconds allowed per synthesis")
    p_synth = sub.add_parser("synth", parents=[common],
                             help="speak with any command, recognize, score")
    p_synth.add_argument("--out", required=True, help="folder for the WAVs and report.json")
    p_synth.add_argument("--cmd", required=True,
                         help="command template with {text}, {wav}, {text_file}, {index}, e.g. "
                              "\"build/app/wavebench tts {text} -o {wav} --model fastspeech2\"")
    p_synth.add_argument("--shell", action="store_true",
                         help="run the command through /bin/sh (placeholders shlex-quoted)")
    p_synth.add_argument("--timeout", type=float, default=600,
                         help="seconds allowed per synthesis (default: %(default)s)")
    p_score = sub.add_parser("score", parents=[common],
                             help="score existing WAVs 000.wav, 001.wav, ... in sentence order")
    p_score.add_argument("--wav-dir", required=True, help="folder holding 000.wav, 001.wav ...")

    args = parser.parse_args(argv)
    if args.jobs < 1:
        parser.error("--jobs must be at least 1")
    if args.limit < 0:
        parser.error("--limit must not be negative")
    if args.pad < 0:
        parser.error("--pad must not be negative")
    try:
        sentences = read_sentences(args.sentences, args.limit)
        if args.mode == "score":
            if not os.path.isdir(args.wav_dir):
                raise Failure("no such folder: %s" % args.wav_dir)
            report = run_all(args, sentences, args.wav_dir)
            report["mode"] = "score"
            report_path = args.report or os.path.join(args.wav_dir, "score.json")
        else:
            if args.mode == "teacher":
                require_tool("flite", "flite")
                template = "flite -voice %s -t {text} -o {wav}" % shlex.quote(args.voice)
                use_shell = False
            else:
                template, use_shell = args.cmd, args.shell
                try:
                    argv0 = shlex.split(template)
                except ValueError as e:
                    raise Failure("cannot parse --cmd: %s" % e)
                if not argv0:
                    raise Failure("--cmd is empty")
                if "{wav}" not in template:
                    raise Failure("--cmd must contain {wav}, the path of the WAV to write")
                if not use_shell and not shutil.which(argv0[0]):
                    raise Failure("the program of --cmd was not found: %s" % argv0[0])
            os.makedirs(args.out, exist_ok=True)
            report = run_all(args, sentences, args.out, template, use_shell)
            report["mode"] = args.mode
            report["command"] = template
            report_path = args.report or os.path.join(args.out, "report.json")
        print_report(report, args.quiet)
        passed = True
        if args.baseline:
            passed = check_baseline(report, args.baseline, args.max_gap)
        write_report(report, report_path)
        return 0 if passed else 3
    except Failure as e:
        print("\nwer.py: error: %s" % e, file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("\nwer.py: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
