#!/usr/bin/env python3
"""Joins corpora from `wavebench corpus build` into one, for `wavebench tts train`.

    scripts/merge_corpora.py OUT CORPUS1 CORPUS2 [...]

espeak-ng lists at most 349 voices, so a copy of its data made by
scripts/espeak_random_voices.py holds at most 230 invented ones, and one
`corpus build` speaks the voices of one copy. To train on more, build a corpus
from each copy (numbered apart with --first) and join them here. Utterance ids of
the later corpora get their speaker numbers moved past the earlier ones
(s000-00001 of the second corpus of 393 speakers becomes s393-00001); audio,
alignments and computed features are hard-linked (copied across file systems),
metadata.csv and speakers.json are joined, and corpus.json sums the counts and
lists what was merged. Speaker embeddings that `tts train` keeps beside a corpus
(speaker_embeddings/<encoder>.npy and .ids) are joined too when every corpus has
them for the same encoder, so training on the merged corpus need not embed again. The corpora must share the symbol table, sample rate and
hop, and no voice name may appear in two of them. OUT must not exist.
"""
import argparse
import ast
import json
import os
import re
import shutil
import struct
import sys

ID = re.compile(r'^s(\d+)-(.+)$')


def link(src, dst):
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


def read_npy_rows(path):
    """A float32 [rows, cols] .npy as (cols, raw little-endian bytes), without numpy."""
    with open(path, 'rb') as f:
        data = f.read()
    if data[:6] != b'\x93NUMPY':
        raise ValueError('not an npy file')
    length = struct.unpack('<H', data[8:10])[0] if data[6] == 1 else struct.unpack('<I', data[8:12])[0]
    start = (10 if data[6] == 1 else 12) + length
    header = ast.literal_eval(data[(10 if data[6] == 1 else 12):start].decode('latin1'))
    if header['descr'] != '<f4' or header['fortran_order'] or len(header['shape']) != 2:
        raise ValueError('not a float32 matrix')
    rows, cols = header['shape']
    body = data[start:]
    if len(body) != rows * cols * 4:
        raise ValueError('truncated')
    return cols, [body[r * cols * 4:(r + 1) * cols * 4] for r in range(rows)]


def write_npy_rows(path, cols, rows):
    header = "{'descr': '<f4', 'fortran_order': False, 'shape': (%d, %d), }" % (len(rows), cols)
    header += ' ' * (63 - (10 + len(header)) % 64) + '\n'
    with open(path, 'wb') as f:
        f.write(b'\x93NUMPY\x01\x00' + struct.pack('<H', len(header)) + header.encode('latin1'))
        for r in rows:
            f.write(r)


def merge_embeddings(corpora, renames, out):
    """Joins the speaker-embedding caches every corpus has for the same encoder; returns how many."""
    folders = [os.path.join(c, 'speaker_embeddings') for c in corpora]
    if not all(os.path.isdir(f) for f in folders):
        return 0
    common = set.intersection(*[{n[:-4] for n in os.listdir(f) if n.endswith('.npy')} for f in folders])
    joined = 0
    for key in sorted(common):
        ids, rows, width = [], [], None
        try:
            for corpus, folder, rename in zip(corpora, folders, renames):
                cols, own = read_npy_rows(os.path.join(folder, key + '.npy'))
                with open(os.path.join(folder, key + '.ids')) as f:
                    names = f.read().split('\n')
                if width not in (None, cols) or len(names) < len(own):
                    raise ValueError('the caches differ in shape')
                width = cols
                for name, row in zip(names, own):
                    if name in rename:
                        ids.append(rename[name])
                        rows.append(row)
        except (OSError, ValueError, KeyError, SyntaxError):
            continue  # a damaged cache is left out: tts train embeds again
        target = os.path.join(out, 'speaker_embeddings')
        os.makedirs(target, exist_ok=True)
        with open(os.path.join(target, key + '.ids'), 'w') as f:
            f.write(''.join(i + '\n' for i in ids))
        write_npy_rows(os.path.join(target, key + '.npy'), width, rows)  # last: newer than metadata.csv
        joined += 1
    return joined


def read_json(path):
    with open(path) as f:
        return json.load(f)


def main():
    p = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    p.add_argument('out')
    p.add_argument('corpora', nargs='+')
    a = p.parse_args()
    if len(a.corpora) < 2:
        sys.exit('give at least two corpora to merge')
    if os.path.exists(a.out):
        sys.exit('%s exists: merge into a new folder' % a.out)
    infos = []
    for c in a.corpora:
        for f in ('metadata.csv', 'corpus.json', 'speakers.json', 'symbols.json'):
            if not os.path.isfile(os.path.join(c, f)):
                sys.exit('%s has no %s: is it a corpus from `wavebench corpus build`?' % (c, f))
        infos.append(read_json(os.path.join(c, 'corpus.json')))
    first = infos[0]
    for c, info in zip(a.corpora[1:], infos[1:]):
        for key in ('sample_rate', 'hop', 'symbol_table', 'format'):
            if info.get(key) != first.get(key):
                sys.exit('%s has another %s (%s, not %s)' % (c, key, info.get(key), first.get(key)))
        if read_json(os.path.join(c, 'symbols.json')) != read_json(os.path.join(a.corpora[0], 'symbols.json')):
            sys.exit('%s has another symbol table' % c)

    partial = a.out + '.partial'
    shutil.rmtree(partial, ignore_errors=True)
    for sub in ('wavs', 'alignments', 'features'):
        os.makedirs(os.path.join(partial, sub))
    shutil.copy2(os.path.join(a.corpora[0], 'symbols.json'), os.path.join(partial, 'symbols.json'))
    speakers, names, lines, renames = [], set(), [], []
    offset = 0
    for c in a.corpora:
        rename = {}
        renames.append(rename)
        own = read_json(os.path.join(c, 'speakers.json'))['speakers']
        for s in own:
            if s['name'] in names:
                shutil.rmtree(partial)
                sys.exit('voice %s is in two corpora: number the invented voices apart (--first)' % s['name'])
            names.add(s['name'])
        speakers += own
        features = os.listdir(os.path.join(c, 'features')) if os.path.isdir(os.path.join(c, 'features')) else []
        by_id = {}
        for f in features:
            by_id.setdefault(f.split('.', 1)[0], []).append(f)
        highest = -1
        with open(os.path.join(c, 'metadata.csv')) as f:
            for line in f:
                fields = line.rstrip('\n').split('|')
                if len(fields) < 4:
                    continue
                m = ID.match(fields[0])
                if not m:
                    shutil.rmtree(partial)
                    sys.exit('%s: utterance id %s is not sNNN-NNNNN' % (c, fields[0]))
                highest = max(highest, int(m.group(1)))
                new = 's%03d-%s' % (int(m.group(1)) + offset, m.group(2))
                rename[fields[0]] = new
                link(os.path.join(c, 'wavs', fields[0] + '.wav'), os.path.join(partial, 'wavs', new + '.wav'))
                alignment = os.path.join(c, 'alignments', fields[0] + '.json')
                if os.path.isfile(alignment):
                    link(alignment, os.path.join(partial, 'alignments', new + '.json'))
                for feature in by_id.get(fields[0], []):
                    link(os.path.join(c, 'features', feature),
                         os.path.join(partial, 'features', new + feature[len(fields[0]):]))
                lines.append('|'.join([new] + fields[1:]) + '\n')
        offset += max(highest + 1, len(own))
    with open(os.path.join(partial, 'metadata.csv'), 'w') as f:
        f.writelines(lines)
    with open(os.path.join(partial, 'speakers.json'), 'w') as f:
        json.dump({'speakers': speakers}, f, indent=4)
    merged = dict(first)
    for key in ('audio_seconds', 'build_seconds', 'sentences', 'utterances'):
        merged[key] = sum(info.get(key, 0) for info in infos)
    merged['speakers'] = len(speakers)
    merged['merged_from'] = [os.path.abspath(c) for c in a.corpora]
    with open(os.path.join(partial, 'corpus.json'), 'w') as f:
        json.dump(merged, f, indent=4)
    caches = merge_embeddings(a.corpora, renames, partial)
    os.rename(partial, a.out)
    print('%s: %d utterances of %d voices from %d corpora%s' % (
        a.out, len(lines), len(speakers), len(a.corpora),
        ', speaker embeddings of %d encoder(s) joined' % caches if caches else ''))


if __name__ == '__main__':
    main()
