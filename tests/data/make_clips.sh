#!/usr/bin/env bash
# Regenerate the audio clips the transcription tests use (needs espeak-ng, sox, ffmpeg).
# The clips are committed; run this only to change them. Each script sits beside its clip.
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p audio

speak() {  # speak TEXT OUT.wav: espeak-ng at 16 kHz mono 16-bit
    espeak-ng -v en-us -s 150 -w "$2.tmp.wav" "$1"
    sox "$2.tmp.wav" -r 16000 -c 1 -b 16 "$2"
    rm -f "$2.tmp.wav"
}

SPEECH="Good morning. My knee has been sore for two weeks, and the pain gets worse when I climb the stairs. The doctor asked me to come back next month for another test."
printf '%s\n' "$SPEECH" > audio/speech.txt
speak "$SPEECH" audio/speech.wav
ffmpeg -loglevel error -y -i audio/speech.wav -ac 1 -ar 22050 -b:a 48k audio/speech.mp3
# A video: a small black picture with the speech as an AAC track.
SECONDS_LONG=$(soxi -D audio/speech.wav)
ffmpeg -loglevel error -y -f lavfi -i "color=c=black:s=64x64:r=5:d=$SECONDS_LONG" -i audio/speech.wav \
    -c:v libx264 -pix_fmt yuv420p -c:a aac -b:a 48k audio/speech_video.mp4

# A video with no audio track (a silent screen recording): must be reported, not transcribed.
ffmpeg -loglevel error -y -f lavfi -i "color=c=black:s=64x64:r=5:d=2" \
    -c:v libx264 -pix_fmt yuv420p audio/no_audio.mp4

# The demo clip for `make demo`: clinic talk with a filler, a drug and a condition name.
DEMO="Good afternoon. Thanks for coming in today. Um, so we talked about Botox for your migraines last time. Your Hashimoto's thyroid levels look stable, so we can start the injections next week. Do you have any questions about the side effects?"
printf '%s\n' "$DEMO" > ../../samples/audio/clinic_demo.script.txt
speak "$DEMO" ../../samples/audio/clinic_demo.wav
