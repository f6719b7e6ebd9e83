#!/usr/bin/env python3
"""Trains WaveBench's mel-conditioned WaveNet vocoder with PyTorch on a GPU.

The network is models/WaveNet.cpp exactly (same layers, same tensor names and
shapes, same causal padding and mel conditioning), so the file it writes is a
vocoder that `wavebench tts --vocoder wavenet --vocoder-checkpoint FILE` and the
Text-to-Speech tab load. The C++ trainer (`wavebench tts train --model vocoder`)
trains the same network on the CPU; this script exists because a WaveNet vocoder
needs hours of CPU time, and minutes of GPU time, to learn to speak.

    # on the WaveBench machine: the training data (mu-law codes, normalized mel)
    wavebench tts train --model vocoder --corpus slt --utterances 450 --export-data vocdata
    # on a machine with PyTorch (a GPU makes it fast):
    python3 scripts/gpu/train_wavenet_vocoder.py train vocdata -o wavenet_vocoder_slt.safetensors \
        --channels 40 --minutes 7
    # check that the C++ generator and this network agree on a file
    wavebench tts vocode MEL.npy -o greedy.wav --vocoder-checkpoint FILE --temperature 0
    python3 scripts/gpu/train_wavenet_vocoder.py check FILE --mel MEL.npy --wav greedy.wav

Needs only PyTorch and numpy (safetensors are read and written here).
"""
import argparse
import json
import math
import os
import struct
import sys
import time

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

FORMAT = "wavebench-wavenet-vocoder"


# ---------------------------------------------------------------- safetensors

def save_safetensors(path, tensors, metadata):
    header = {"__metadata__": {k: str(v) for k, v in metadata.items()}}
    blobs, offset = [], 0
    for name in sorted(tensors):
        t = tensors[name].detach().to("cpu", torch.float32).contiguous().numpy()
        data = t.astype("<f4").tobytes()
        header[name] = {"dtype": "F32", "shape": list(t.shape), "data_offsets": [offset, offset + len(data)]}
        blobs.append(data)
        offset += len(data)
    text = json.dumps(header, separators=(",", ":")).encode()
    text += b" " * ((8 - len(text) % 8) % 8)
    tmp = path + ".part"
    with open(tmp, "wb") as f:
        f.write(struct.pack("<Q", len(text)))
        f.write(text)
        for b in blobs:
            f.write(b)
    os.replace(tmp, path)


def load_safetensors(path):
    with open(path, "rb") as f:
        n = struct.unpack("<Q", f.read(8))[0]
        header = json.loads(f.read(n))
        data = f.read()
    metadata = header.pop("__metadata__", {})
    tensors = {}
    for name, info in header.items():
        if info["dtype"] != "F32":
            raise SystemExit(f"{path}: tensor {name} is {info['dtype']}, not F32")
        a, b = info["data_offsets"]
        tensors[name] = torch.from_numpy(np.frombuffer(data[a:b], dtype="<f4").reshape(info["shape"]).copy())
    return tensors, metadata


# ---------------------------------------------------------------- the network (models/WaveNet.cpp)

class Layer(nn.Module):
    def __init__(self, channels, dilation, mel_channels):
        super().__init__()
        self.dilation = dilation
        self.filter = nn.Conv1d(channels, channels, 2, dilation=dilation)
        self.gate = nn.Conv1d(channels, channels, 2, dilation=dilation)
        self.residual = nn.Conv1d(channels, channels, 1)
        self.skip = nn.Conv1d(channels, channels, 1)
        self.cond = nn.Conv1d(mel_channels, 2 * channels, 1, bias=False)

    def forward(self, x, cond_frames, hop, length):
        padded = F.pad(x, (self.dilation, 0))
        f = self.filter(padded)
        g = self.gate(padded)
        # A 1x1 convolution commutes with repeating each frame hop times: project the frames,
        # then repeat (the C++ code repeats, then projects; the numbers are the same).
        c = self.cond(cond_frames).repeat_interleave(hop, dim=2)[:, :, :length]
        cf, cg = c.chunk(2, dim=1)
        z = torch.tanh(f + cf) * torch.sigmoid(g + cg)
        return x + self.residual(z), self.skip(z)


class WaveNet(nn.Module):
    def __init__(self, layers, blocks, channels, levels, mel_channels, hop):
        super().__init__()
        self.config = dict(layers=layers, blocks=blocks, channels=channels, levels=levels,
                           mel_channels=mel_channels, hop_length=hop)
        self.hop = hop
        self.input_conv = nn.Conv1d(levels, channels, 2)
        self.layers = nn.ModuleList(Layer(channels, 1 << (i % layers), mel_channels)
                                    for i in range(layers * blocks))
        self.output1 = nn.Conv1d(channels, channels, 1)
        self.output2 = nn.Conv1d(channels, levels, 1)

    @property
    def receptive_field(self):
        c = self.config
        return c["blocks"] * ((1 << c["layers"]) - 1) + 2

    def forward(self, codes, mel_frames):
        """codes [B, L] (long), mel_frames [B, mel, ceil(L / hop)] with sample j under frame j // hop
        -> logits [B, levels, L]; logits at t predict the sample after input t."""
        length = codes.shape[1]
        # The kernel-2 causal input convolution of a one-hot signal is two table lookups.
        w = self.input_conv.weight  # [channels, levels, 2]
        now = w[:, :, 1].t()[codes]  # [B, L, channels]
        before = F.pad(w[:, :, 0].t()[codes], (0, 0, 1, 0))[:, :length]
        x = (now + before + self.input_conv.bias).transpose(1, 2)
        skips = 0
        for layer in self.layers:
            x, s = layer(x, mel_frames, self.hop, length)
            skips = skips + s
        return self.output2(F.relu(self.output1(F.relu(skips))))


def model_from(tensors, metadata):
    m = WaveNet(int(metadata["layers"]), int(metadata["blocks"]), int(metadata["channels"]),
                int(metadata["levels"]), int(metadata["mel_channels"]), int(metadata.get("hop_length", 256)))
    missing = set(m.state_dict()) ^ set(tensors)
    if missing:
        raise SystemExit(f"the checkpoint's tensors do not match the network: {sorted(missing)[:5]}")
    m.load_state_dict(tensors)
    return m


def mu_law_encode(x, mu=255):
    x = np.clip(np.nan_to_num(x.astype(np.float64)), -1.0, 1.0)
    y = np.sign(x) * np.log1p(mu * np.abs(x)) / np.log1p(mu)
    return np.clip(np.floor((y + 1.0) / 2.0 * mu + 0.5), 0, mu).astype(np.int64)


# ---------------------------------------------------------------- training

def train(args):
    with open(os.path.join(args.data, "vocoder_data.json")) as f:
        info = json.load(f)
    if info.get("format") != "wavebench-vocoder-data":
        raise SystemExit(f"{args.data}: not written by `wavebench tts train --model vocoder --export-data`")
    codes_np = np.load(os.path.join(args.data, "codes.npy"))
    mel_np = np.load(os.path.join(args.data, "mel.npy"))
    hop, n_mels, levels = int(info["hop_length"]), int(info["mel_channels"]), int(info["levels"])
    if mel_np.shape[1] != n_mels or mel_np.shape[0] * hop < len(codes_np):
        raise SystemExit("codes.npy and mel.npy do not fit each other")
    device = torch.device("cuda" if torch.cuda.is_available() and not args.cpu else "cpu")
    torch.manual_seed(args.seed)
    torch.backends.cuda.matmul.allow_tf32 = True
    torch.backends.cudnn.allow_tf32 = True
    torch.backends.cudnn.benchmark = True

    model = WaveNet(args.layers, args.blocks, args.channels, levels, n_mels, hop).to(device)
    steps_before = 0
    if args.resume:
        tensors, meta = load_safetensors(args.resume)
        model = model_from(tensors, meta).to(device)
        steps_before = int(meta.get("steps", 0))
    field = model.receptive_field
    crop = field + args.target
    codes = torch.from_numpy(codes_np.astype(np.int64)).to(device)
    mel = torch.from_numpy(mel_np.astype(np.float32)).to(device)  # [frames, mel]
    frames_per_crop = (crop - 1 + hop - 1) // hop
    # Crops start on frame boundaries; the last args.heldout of the signal is never trained on.
    usable = int(len(codes_np) * (1.0 - args.heldout))
    train_starts = (usable - crop) // hop
    held_starts = np.arange(usable // hop + 1, (len(codes_np) - crop) // hop, max(1, args.target // hop))
    if train_starts < 1:
        raise SystemExit("too little audio for one training crop")
    offsets = torch.arange(crop, device=device)
    frame_offsets = torch.arange(frames_per_crop, device=device)

    def batch(start_frames):
        s = start_frames * hop
        window = codes[s[:, None] + offsets]  # [B, crop]
        idx = (start_frames[:, None] + frame_offsets).clamp(max=mel.shape[0] - 1)
        m = mel[idx].transpose(1, 2)  # [B, mel, frames]
        return window[:, :-1], window[:, field:], m

    def loss_of(start_frames):
        inputs, targets, m = batch(start_frames)
        with torch.autocast(device_type=device.type, dtype=torch.bfloat16, enabled=device.type == "cuda"):
            logits = model(inputs, m)[:, :, field - 1:]
        return F.cross_entropy(logits.float(), targets)

    def held_out_loss():
        if len(held_starts) == 0:
            return float("nan")
        model.eval()
        total, n = 0.0, 0
        with torch.no_grad():
            for i in range(0, min(len(held_starts), 256), args.batch):
                s = torch.from_numpy(held_starts[i:i + args.batch]).to(device)
                total += loss_of(s).item() * len(s)
                n += len(s)
        model.train()
        return total / n

    optimizer = torch.optim.Adam(model.parameters(), lr=args.lr)
    budget = args.minutes * 60.0
    began = time.time()
    last_save = began
    step, recent = 0, []
    print(f"device {device} ({torch.cuda.get_device_name(0) if device.type == 'cuda' else 'cpu'}), "
          f"{sum(p.numel() for p in model.parameters())} parameters, receptive field {field}, "
          f"{len(codes_np) / info['sample_rate'] / 60:.1f} min of audio, crops of {crop}, batch {args.batch}",
          flush=True)

    def save(final):
        elapsed = (time.time() - began) / 60.0
        meta = dict(model.config)
        meta["model"] = "wavenet"
        meta.update({
            "format": FORMAT,
            "vocoder_mel_mean": info["vocoder_mel_mean"],
            "vocoder_mel_std": info["vocoder_mel_std"],
            "sample_rate": info["sample_rate"],
            "steps": steps_before + step,
            "final_loss": f"{(sum(recent) / len(recent)) if recent else float('nan'):.4f}",
            "heldout_loss": f"{held_out_loss():.4f}" if final else "",
            "corpus": info.get("corpus", ""),
            "trainer": "scripts/gpu/train_wavenet_vocoder.py",
            "device": torch.cuda.get_device_name(0) if device.type == "cuda" else "cpu",
            "train_minutes": f"{elapsed:.1f}",
            "batch": args.batch, "target_length": args.target, "lr": args.lr,
        })
        save_safetensors(args.output, model.state_dict(), {k: v for k, v in meta.items() if v != ""})

    while True:
        elapsed = time.time() - began
        if elapsed >= budget or (args.max_steps and step >= args.max_steps):
            break
        progress = min(1.0, elapsed / budget) if not args.max_steps else step / args.max_steps
        warm = min(1.0, (step + 1) / args.warmup)
        lr = args.lr * warm * (args.final_lr_ratio + (1 - args.final_lr_ratio) * 0.5 * (1 + math.cos(math.pi * progress)))
        for g in optimizer.param_groups:
            g["lr"] = lr
        starts = torch.randint(0, train_starts, (args.batch,), device=device)
        loss = loss_of(starts)
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()
        step += 1
        if step % 50 == 0:
            recent = recent[-19:] + [loss.item()]
        if step % args.log_every == 0:
            print(f"step {steps_before + step}  loss {loss.item():.4f}  lr {lr:.2e}  {elapsed:.0f} s", flush=True)
        if time.time() - last_save > args.save_every * 60:
            save(False)
            last_save = time.time()
            print(f"step {steps_before + step}  held-out loss {held_out_loss():.4f}  (saved)", flush=True)
    save(True)
    print(f"wrote {args.output}: {steps_before + step} steps, {(time.time() - began) / 60:.1f} min", flush=True)


# ---------------------------------------------------------------- check against the C++ generator

def read_wav(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:4] != b"RIFF" or data[8:12] != b"WAVE":
        raise SystemExit(f"{path}: not a WAV file")
    i, fmt, bits = 12, None, None
    while i + 8 <= len(data):
        cid, size = data[i:i + 4], struct.unpack("<I", data[i + 4:i + 8])[0]
        body = data[i + 8:i + 8 + size]
        if cid == b"fmt ":
            fmt, channels, rate = struct.unpack("<HHI", body[:8])
            bits = struct.unpack("<H", body[14:16])[0]
            if fmt == 0xFFFE:
                fmt = struct.unpack("<H", body[24:26])[0]
        elif cid == b"data":
            if fmt == 1 and bits == 16:
                return np.frombuffer(body, dtype="<i2").astype(np.float32) / 32768.0
            if fmt == 3 and bits == 32:
                return np.frombuffer(body, dtype="<f4").astype(np.float32)
            raise SystemExit(f"{path}: only 16-bit PCM or 32-bit float WAV")
        i += 8 + size + (size & 1)
    raise SystemExit(f"{path}: no data chunk")


def check(args):
    tensors, meta = load_safetensors(args.checkpoint)
    if meta.get("format") != FORMAT:
        raise SystemExit(f"{args.checkpoint}: not a WaveNet vocoder")
    model = model_from(tensors, meta).eval()
    hop, mu = model.hop, int(meta["levels"]) - 1
    log_mel = np.load(args.mel).astype(np.float32)  # [mel, frames]
    norm = (log_mel - float(meta["vocoder_mel_mean"])) / float(meta["vocoder_mel_std"])
    audio = read_wav(args.wav)[:args.samples]
    codes = mu_law_encode(audio, mu)
    # The generator's first input is the code of silence; output k is drawn at column k under frame k // hop.
    inputs = np.concatenate([mu_law_encode(np.zeros(1), mu), codes[:-1]])
    frames = torch.from_numpy(norm[:, :(len(inputs) + hop - 1) // hop]).unsqueeze(0)
    with torch.no_grad():
        logits = model(torch.from_numpy(inputs).unsqueeze(0), frames)[0]
    predicted = logits.argmax(0).numpy()
    agree = float(np.mean(predicted == codes))
    print(json.dumps({"samples": len(codes), "greedy_agreement": agree}))
    if agree < args.min_agreement:
        sys.exit(1)


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="command", required=True)
    t = sub.add_parser("train", help="train a vocoder on exported data")
    t.add_argument("data", help="folder written by `wavebench tts train --model vocoder --export-data`")
    t.add_argument("-o", "--output", required=True)
    t.add_argument("--layers", type=int, default=10)
    t.add_argument("--blocks", type=int, default=2)
    t.add_argument("--channels", type=int, default=32)
    t.add_argument("--batch", type=int, default=32)
    t.add_argument("--target", type=int, default=8192, help="predicted samples per crop")
    t.add_argument("--lr", type=float, default=1e-3)
    t.add_argument("--final-lr-ratio", type=float, default=0.05)
    t.add_argument("--warmup", type=int, default=200)
    t.add_argument("--minutes", type=float, default=7.0, help="training time budget")
    t.add_argument("--max-steps", type=int, default=0, help="stop after N steps instead (0: time budget)")
    t.add_argument("--heldout", type=float, default=0.02, help="share of the audio kept for the held-out loss")
    t.add_argument("--save-every", type=float, default=1.0, help="minutes between checkpoints")
    t.add_argument("--log-every", type=int, default=200)
    t.add_argument("--seed", type=int, default=1)
    t.add_argument("--resume")
    t.add_argument("--cpu", action="store_true")
    c = sub.add_parser("check", help="compare this network with a greedy C++ generation")
    c.add_argument("checkpoint")
    c.add_argument("--mel", required=True)
    c.add_argument("--wav", required=True, help="`wavebench tts vocode MEL -o WAV --temperature 0` output")
    c.add_argument("--samples", type=int, default=2000)
    c.add_argument("--min-agreement", type=float, default=0.98)
    args = p.parse_args()
    train(args) if args.command == "train" else check(args)


if __name__ == "__main__":
    main()
