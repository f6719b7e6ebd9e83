#!/usr/bin/env python3
"""Invents new espeak-ng voices for the multi-speaker TTS corpus.

Copies espeak-ng-data to OUT/espeak-ng-data and writes N random voice
variants (wbv001, wbv002, ...) into its voices/!v folder: each with its own
pitch range, formant frequencies, heights and widths, and sometimes another
voicing source (klatt), tone, roughness, flutter, echo, consonant strength or
breath. The ranges are those of espeak-ng's own variants outside the held-out
list. With ESPEAK_DATA_PATH=OUT, `wavebench corpus build --voices
espeak:en-us+wbv001,...` speaks them, which gives a voice-cloning model many
more voices to learn from than espeak-ng ships.

    scripts/espeak_random_voices.py OUT N [--seed S] [--first K] [--wide]   # N <= 230; prints the list

--first K numbers the voices from wbvK, so several copies (each holds at most 230:
espeak-ng lists at most 349 voices) give distinct names, and their corpora can be
joined with scripts/merge_corpora.py. --wide draws from the wider ranges that
espeak-ng's more unusual variants use as well: formant heights and widths far from
the default, now and then one formant far off, stress timing and loudness
(stressAdd, stressAmp), intonation tunes and breathiness.
"""
import argparse
import math
import os
import random
import shutil
import subprocess
import sys


def system_data():
    try:
        out = subprocess.run(['espeak-ng', '--version'], capture_output=True, text=True).stdout
        # "eSpeak NG text-to-speech: 1.51  Data at: /usr/lib/x86_64-linux-gnu/espeak-ng-data"
        if 'Data at:' in out:
            return out.split('Data at:')[1].strip()
    except OSError:
        pass
    for candidate in ('/usr/lib/x86_64-linux-gnu/espeak-ng-data', '/usr/share/espeak-ng-data'):
        if os.path.isdir(candidate):
            return candidate
    sys.exit('espeak-ng-data not found: install espeak-ng-data')


def variant(name, rng, wide=False):
    female = rng.random() < 0.4
    if female:
        low = rng.randint(130, 190)
        pitch = (low, low + rng.randint(40, 110))
    else:
        low = rng.randint(65, 100)
        pitch = (low, low + rng.randint(25, 55))
    lines = ['language variant', 'name ' + name, 'gender ' + ('female' if female else 'male'), '',
             'pitch %d %d' % pitch]
    spread = [0.06, 0.09, 0.09, 0.08, 0.07, 0.06, 0.05, 0.05, 0.05]
    shift = 1.12 if female else 1.0  # shorter vocal tracts: formants higher overall
    odd = rng.randint(3, 8) if wide and rng.random() < 0.15 else -1  # one formant far off
    for k, s in enumerate(spread):
        freq = 100.0 * (shift if k > 0 else 1.0) * math.exp(rng.gauss(0.0, s * (1.5 if wide else 1.0)))
        low, high = (60, 160) if wide else (80, 140)
        if k == odd:
            freq, low, high = rng.choice([rng.uniform(10, 60), rng.uniform(150, 290)]), 9, 290
        height = rng.randint(35, 165) if wide and rng.random() < 0.4 else rng.randint(70, 110)
        width = rng.randint(10, 170) if wide and rng.random() < 0.3 else rng.randint(80, 150)
        lines.append('formant %d %d %d %d' % (k, min(high, max(low, round(freq))), height, width))
    if rng.random() < 0.5:
        lines.append('voicing %d' % rng.randint(30, 165))
    if rng.random() < 0.25:
        lines.append('klatt %d' % rng.randint(1, 6))
    if rng.random() < 0.3:
        lines.append(rng.choice(['tone 100 255 600 70 1200 22 2000 66 3000 12',
                                 'tone 600 255 1200 255 2000 %d' % rng.randint(80, 255)]))
    if rng.random() < 0.3:
        lines.append('roughness %d' % rng.randint(0, 5))
    if rng.random() < 0.3:
        lines.append('flutter %d' % rng.randint(0, 20))
    if rng.random() < 0.3:
        lines.append('echo %d %d' % (rng.randint(100, 140), rng.randint(5, 20)))
    if rng.random() < 0.3:
        lines.append('consonants %d %d' % (rng.randint(50, 115), rng.randint(40, 120)))
    if rng.random() < 0.15:
        lines.append('breath 0 %s' % ' '.join(str(rng.randint(0, 4)) for _ in range(7)))
    if wide:
        if rng.random() < 0.5:  # lengthening of unstressed ... emphasized syllables, ms
            base = rng.randint(-20, 140)
            lines.append('stressAdd %s' % ' '.join(str(base + rng.randint(-20, 120)) for _ in range(8)))
        if rng.random() < 0.4:
            base = rng.randint(12, 30)
            lines.append('stressAmp %s' % ' '.join(str(base + rng.randint(0, 10)) for _ in range(8)))
        if rng.random() < 0.3:
            lines.append('intonation %d' % rng.randint(1, 4))
        if rng.random() < 0.1:
            lines.append('breathw %s' % ' '.join(str(rng.randint(60, 400)) for _ in range(6)))
    return '\n'.join(lines) + '\n'


def main():
    p = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    p.add_argument('out', help='folder to hold the espeak-ng-data copy')
    p.add_argument('count', type=int, help='voices to invent (1-230)')
    p.add_argument('--seed', type=int, default=1)
    p.add_argument('--first', type=int, default=1, help='number of the first voice (wbvK)')
    p.add_argument('--wide', action='store_true', help='wider ranges, stress and intonation too')
    a = p.parse_args()
    if not 1 <= a.first <= 9999 - a.count:
        sys.exit('--first must leave the numbers within 1-9999')
    if not 1 <= a.count <= 230:
        sys.exit('the count must be 1 to 230 (espeak-ng lists at most 349 voices)')
    data = os.path.join(a.out, 'espeak-ng-data')
    if not os.path.isdir(data):
        shutil.copytree(system_data(), data)
        # espeak-ng lists at most 349 voices, variants included: keep English and the shipped
        # variants only, which leaves room for about 240 new ones.
        for folder, dirs, files in os.walk(os.path.join(data, 'lang')):
            for f in files:
                if not f.startswith('en'):
                    os.remove(os.path.join(folder, f))
        shutil.rmtree(os.path.join(data, 'voices', 'mb'), ignore_errors=True)
    rng = random.Random(a.seed)
    names = []
    for i in range(a.first, a.first + a.count):
        name = 'wbv%03d' % i
        with open(os.path.join(data, 'voices', '!v', name), 'w') as f:
            f.write(variant(name, rng, a.wide))
        names.append('espeak:en-us+' + name)
    print(','.join(names))


if __name__ == '__main__':
    main()
