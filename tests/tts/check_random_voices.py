#!/usr/bin/env python3
"""scripts/espeak_random_voices.py makes voices espeak-ng and `wavebench corpus build` speak.

    check_random_voices.py WAVEBENCH

Invents three voices in a scratch espeak-ng-data copy, then checks that:
the variant files are there with the settings asked for; a second run with the
same seed writes the same voices; each voice sounds different from the others
and from plain en-us; the corpus builder, pointed at the copy through
ESPEAK_DATA_PATH, builds a corpus in them; an absurd count is refused; a
second copy numbered on (--first) with the wider ranges (--wide) gives new
names, and scripts/merge_corpora.py joins the two corpora into one whose
utterances keep their audio, alignments and features under distinct ids.
"""
import json
import hashlib
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SCRIPT = os.path.join(HERE, '..', '..', 'scripts', 'espeak_random_voices.py')
MERGE = os.path.join(HERE, '..', '..', 'scripts', 'merge_corpora.py')


def run(args, env=None, check=True):
    return subprocess.run(args, capture_output=True, text=True, env=env, check=check)


def check_merge(wavebench, tmp, corpus, expect):
    wide = os.path.join(tmp, 'wide')
    names = run([sys.executable, SCRIPT, wide, '2', '--seed', '3', '--first', '7', '--wide']).stdout.strip().split(',')
    expect(names == ['espeak:en-us+wbv007', 'espeak:en-us+wbv008'], '--first numbers on: %s' % names)
    text = open(os.path.join(wide, 'espeak-ng-data', 'voices', '!v', 'wbv007')).read()
    expect(text.count('\nformant ') == 9, 'a wide variant sets nine formants too')
    second = os.path.join(tmp, 'corpus2')
    r = run([wavebench, 'corpus', 'build', '-o', second, '--voices', names[0], '--sentences', '3',
             '--threads', '1'], env=dict(os.environ, ESPEAK_DATA_PATH=wide), check=False)
    expect(r.returncode == 0, 'corpus build speaks a wide voice: ' + r.stderr.strip()[-300:])
    if r.returncode != 0:
        return
    run([wavebench, 'corpus', 'features', second])
    # Each corpus embedded once by tts train (kept beside it), so the merge can join those too.
    encoder = os.path.join(HERE, '..', '..', 'assets', 'models', 'speaker_encoder.safetensors')
    for c in (corpus, second):
        r = run([wavebench, 'tts', 'train', '--corpus', c, '--speaker-encoder', encoder, '--steps', '1',
                 '--batch', '2', '--d-model', '16', '--layers', '1', '--threads', '1',
                 '-o', os.path.join(tmp, 'one_step.safetensors')], check=False)
        expect(r.returncode == 0, 'a one-step multi-speaker run embeds %s: %s' % (c, r.stderr.strip()[-300:]))
    merged = os.path.join(tmp, 'merged')
    r = run([sys.executable, MERGE, merged, corpus, second], check=False)
    expect(r.returncode == 0, 'the corpora merge: ' + r.stderr.strip()[-300:])
    if r.returncode != 0:
        return
    rows = [line.rstrip('\n').split('|') for line in open(os.path.join(merged, 'metadata.csv'))]
    ids = [row[0] for row in rows]
    expect(len(rows) == 7 and len(set(ids)) == 7, 'the merged corpus holds all 7 utterances once: %s' % ids)
    moved = [row[0] for row in rows if row[3] == 'espeak-en-us+wbv007']
    expect(len(moved) == 3 and all(i.startswith('s002-') for i in moved),
           'the second corpus\'s voice is numbered after the first two: %s' % moved)
    expect(all(os.path.isfile(os.path.join(merged, 'wavs', i + '.wav')) and
               os.path.isfile(os.path.join(merged, 'alignments', i + '.json')) for i in ids),
           'every utterance keeps its audio and alignment')
    expect(all(os.path.isfile(os.path.join(merged, 'features', i + '.mel.npy')) for i in moved),
           'computed features come along')
    info = json.load(open(os.path.join(merged, 'corpus.json')))
    expect(info['utterances'] == 7 and info['speakers'] == 3, 'corpus.json sums the counts: %s' % info)
    r = run([wavebench, 'corpus', 'features', merged], check=False)
    expect(r.returncode == 0, 'the merged corpus reads as one: ' + (r.stdout + r.stderr).strip()[-300:])
    r = run([wavebench, 'tts', 'train', '--corpus', merged, '--speaker-encoder', encoder, '--steps', '1',
             '--batch', '2', '--d-model', '16', '--layers', '1', '--threads', '1',
             '-o', os.path.join(tmp, 'merged_step.safetensors')], check=False)
    expect(r.returncode == 0 and '(cached)' in r.stdout and '7 utterances' in r.stdout,
           'training on the merged corpus takes the joined speaker embeddings: ' + (r.stdout + r.stderr).strip()[-400:])
    r = run([sys.executable, MERGE, os.path.join(tmp, 'twice'), corpus, corpus], check=False)
    expect(r.returncode != 0 and 'two corpora' in r.stderr, 'a voice in two corpora is refused')
    expect(not os.path.exists(os.path.join(tmp, 'twice')), '... and leaves nothing behind')


def main():
    wavebench = sys.argv[1]
    failures = []

    def expect(ok, what):
        print(('ok   ' if ok else 'FAIL ') + what)
        if not ok:
            failures.append(what)

    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, 'voices')
        names = run([sys.executable, SCRIPT, out, '3', '--seed', '9']).stdout.strip().split(',')
        expect(names == ['espeak:en-us+wbv001', 'espeak:en-us+wbv002', 'espeak:en-us+wbv003'],
               'the voice list names three new variants: %s' % names)
        folder = os.path.join(out, 'espeak-ng-data', 'voices', '!v')
        texts = [open(os.path.join(folder, 'wbv%03d' % i)).read() for i in (1, 2, 3)]
        expect(all(t.startswith('language variant') and t.count('\nformant ') == 9 for t in texts),
               'each variant file sets nine formants')
        expect(len(set(texts)) == 3, 'the three variants differ')
        again = os.path.join(tmp, 'again')
        run([sys.executable, SCRIPT, again, '3', '--seed', '9'])
        expect(open(os.path.join(again, 'espeak-ng-data', 'voices', '!v', 'wbv002')).read() == texts[1],
               'the same seed writes the same voice')

        env = dict(os.environ, ESPEAK_DATA_PATH=out)
        digests = set()
        for voice in ('en-us', 'en-us+wbv001', 'en-us+wbv002', 'en-us+wbv003'):
            wav = os.path.join(tmp, voice + '.wav')
            run(['espeak-ng', '-v', voice, '-w', wav, 'The quick brown fox.'], env=env)
            digests.add(hashlib.sha256(open(wav, 'rb').read()).hexdigest())
        expect(len(digests) == 4, 'each new voice sounds different, and none is plain en-us')

        corpus = os.path.join(tmp, 'corpus')
        r = run([wavebench, 'corpus', 'build', '-o', corpus, '--voices', ','.join(names[:2]),
                 '--sentences', '4', '--threads', '1'], env=env, check=False)
        expect(r.returncode == 0, 'corpus build speaks the new voices: ' + r.stderr.strip()[-300:])
        if r.returncode == 0:
            speakers = {line.rstrip('\n').split('|')[3] for line in open(os.path.join(corpus, 'metadata.csv'))}
            expect(speakers == {'espeak-en-us+wbv001', 'espeak-en-us+wbv002'},
                   'the corpus holds both voices: %s' % sorted(speakers))
            check_merge(wavebench, tmp, corpus, expect)
        # Without the copy, espeak-ng has no such variant, and the builder says so.
        plain_env = {k: v for k, v in os.environ.items() if k != 'ESPEAK_DATA_PATH'}
        r = run([wavebench, 'corpus', 'build', '-o', os.path.join(tmp, 'refused'), '--voices', names[0],
                 '--sentences', '2', '--threads', '1'], env=plain_env, check=False)
        expect(r.returncode != 0 and 'wbv001' in r.stderr, 'without ESPEAK_DATA_PATH the voice is refused')
        r = run([sys.executable, SCRIPT, os.path.join(tmp, 'big'), '400'], check=False)
        expect(r.returncode != 0 and '230' in r.stderr, 'more voices than espeak-ng can list are refused')

    if failures:
        print('%d check(s) failed' % len(failures))
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
