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

    scripts/espeak_random_voices.py OUT N [--seed S]     # N <= 230; prints the voice list
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


def variant(name, rng):
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
    for k, s in enumerate(spread):
        freq = 100.0 * (shift if k > 0 else 1.0) * math.exp(rng.gauss(0.0, s))
        lines.append('formant %d %d %d %d' % (k, min(140, max(80, round(freq))),
                                              rng.randint(70, 110), rng.randint(80, 150)))
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
    return '\n'.join(lines) + '\n'


def main():
    p = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    p.add_argument('out', help='folder to hold the espeak-ng-data copy')
    p.add_argument('count', type=int, help='voices to invent (1-230)')
    p.add_argument('--seed', type=int, default=1)
    a = p.parse_args()
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
    for i in range(1, a.count + 1):
        name = 'wbv%03d' % i
        with open(os.path.join(data, 'voices', '!v', name), 'w') as f:
            f.write(variant(name, rng))
        names.append('espeak:en-us+' + name)
    print(','.join(names))


if __name__ == '__main__':
    main()
