#!/usr/bin/env python3
"""The clone test's trials, with each voice's own mel in place of a clone.

    copy_synthesis.py --wavebench WB --corpus DIR [--vocoder griffinlim] [--judge ENC]
                      [--references 3] [--trials 6] [--work DIR]

For every speaker of a corpus (with `wavebench corpus features` run on it): the
mels of the utterances that `speaker clone-eval` clones (after the first
--references ones) are turned back into audio by `wavebench tts vocode`, embedded,
and scored against every speaker's centroid of its recordings, as clone-eval
scores clones. It says how far the vocoder alone keeps a voice: what a perfect
acoustic model would reach.
"""
import argparse
import collections
import json
import math
import os
import subprocess
import sys
import tempfile


def main():
    p = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    p.add_argument('--wavebench', required=True)
    p.add_argument('--corpus', required=True)
    p.add_argument('--vocoder', default='griffinlim')
    p.add_argument('--judge', default='', help='score with this speaker encoder')
    p.add_argument('--references', type=int, default=3)
    p.add_argument('--trials', type=int, default=6)
    p.add_argument('--work', default='', help='keep the vocoded files here')
    a = p.parse_args()
    work = a.work or tempfile.mkdtemp(prefix='copysyn-')
    os.makedirs(work, exist_ok=True)

    by = collections.OrderedDict()
    for line in open(os.path.join(a.corpus, 'metadata.csv')):
        fields = line.rstrip('\n').split('|')
        by.setdefault(fields[3], []).append(fields[0])

    def embed(path):
        cmd = [a.wavebench, 'embed', path, '--json', '--threads', '1']
        if a.judge:
            cmd += ['--model', a.judge]
        out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
        return json.loads(out)['embedding']

    def unit(v):
        n = math.sqrt(sum(x * x for x in v))
        return [x / n for x in v]

    real = {i: embed(os.path.join(a.corpus, 'wavs', i + '.wav'))
            for ids in by.values() for i in ids[a.references:]}
    centroids = {s: unit([sum(c) / len(ids[a.references:]) for c in zip(*(real[i] for i in ids[a.references:]))])
                 for s, ids in by.items()}
    wins = total = 0
    for speaker, ids in by.items():
        for i in ids[a.references:a.references + a.trials]:
            wav = os.path.join(work, '%s_%s.wav' % (i, a.vocoder))
            if not os.path.exists(wav):
                subprocess.run([a.wavebench, 'tts', 'vocode', os.path.join(a.corpus, 'features', i + '.mel.npy'),
                                '-o', wav, '--vocoder', a.vocoder, '--threads', '1'], check=True, capture_output=True)
            e = embed(wav)
            sims = {s: sum(x * y for x, y in zip(e, c)) for s, c in centroids.items()}
            best = max(sims, key=sims.get)
            total += 1
            wins += best == speaker
            print('%-32s closest %-32s own %.3f' % (speaker, best, sims[speaker]), flush=True)
    print(json.dumps({'vocoder': a.vocoder, 'judge': a.judge or 'cloner', 'trials': total,
                      'closest_to_own': wins, 'rate': wins / max(total, 1)}))
    return 0


if __name__ == '__main__':
    sys.exit(main())
