// cleanup review page: play from a word, follow the speech, reject changes, save decisions.
var media = $('media');
var RATES = [0.5, 0.75, 1, 1.25, 1.5, 2];
var rateIndex = 2;
var hits = [];
var hitIndex = -1;
var PARAS_PER_BLOCK = 25;

// ---- the transcript, drawn near the screen -----------------------------------------------------
measure();
var blockOfWord = function (i) { return Math.floor(paragraphOf(i) / PARAS_PER_BLOCK); };
var transcript = new LazyList(root, paraStart.length - 1, PARAS_PER_BLOCK, function (el, first, end) {
  for (var p = first; p < end; p++) drawParagraph(p, el);
}, estimateParagraphs);
transcript.pinned = function (k) {
  return k === blockOfWord(focusIndex) || (activeIndex >= 0 && k === blockOfWord(activeIndex));
};
transcript.onHide = function (firstPara, endPara) {
  for (var i = paraStart[firstPara]; i < paraStart[endPara]; i++) delete wordEls[i];
  var f = firstAbove(flagAt, paraStart[firstPara] - 1, 0, flagAt.length);
  for (; f < flagAt.length && paraOfFlag(f) < endPara; f++) delete flagEls[f];
};
transcript.show(0);  // the first screenful now, the rest as the reader scrolls
function wordEl(i) {
  if (i < 0 || i >= N) return null;
  if (!wordEls[i]) transcript.show(blockOfWord(i));
  return wordEls[i];
}
function flagEl(f) {
  if (!flagEls[f]) transcript.show(Math.floor(paraOfFlag(f) / PARAS_PER_BLOCK));
  return flagEls[f];
}
var resizeTimer = 0;
window.addEventListener('resize', function () {
  clearTimeout(resizeTimer);
  resizeTimer = setTimeout(function () { measure(); transcript.reestimate(); }, 200);
});

// ---- roving tabindex: one word is in the tab order, arrows move between words -----------
function setFocusable(i) {
  if (!N) return;
  var old = wordEls[focusIndex];
  if (old) old.tabIndex = -1;
  focusIndex = Math.max(0, Math.min(N - 1, i));
  wordEl(focusIndex).tabIndex = 0;
}
function focusWord(i) {
  if (!N) return;
  setFocusable(i);
  wordEl(focusIndex).focus();
}

// ---- playing -----------------------------------------------------------------------------
function play() {
  if (!media) return;
  var p = media.play();
  if (p && p.catch) p.catch(function () { /* not allowed yet or no source: stay paused */ });
}
function seek(seconds, andPlay) {
  if (!media || isNaN(seconds)) return;
  media.currentTime = seconds;
  if (andPlay) play();
  follow();
}
function togglePlay() {
  if (!media) return;
  if (media.paused) play(); else media.pause();
}
function setRate(i) {
  rateIndex = Math.max(0, Math.min(RATES.length - 1, i));
  if (media) media.playbackRate = RATES[rateIndex];
  $('rate').textContent = RATES[rateIndex] + '×';
}

// The word being spoken: the last timed word that started at or before the media's time.
var timedWords = [];
for (var ti = 0; ti < N; ti++) if (timed(ti)) timedWords.push(ti);
var timedMs = Float64Array.from(timedWords, function (i) { return wordMs[i]; });
function follow() {
  if (!media || !timedWords.length) return;
  var t = media.currentTime * 1000 + 10;
  var found = firstAbove(timedMs, t, 0, timedMs.length) - 1;
  var word = found >= 0 ? timedWords[found] : -1;
  if (word >= 0 && t > wordEndMs[word] + 500) word = -1;  // a pause
  if (word === activeIndex) return;
  var old = wordEls[activeIndex];
  if (old) { old.classList.remove('now'); old.removeAttribute('aria-current'); }
  activeIndex = word;
  if (word < 0) return;
  var el = media.paused ? wordEls[word] : wordEl(word);
  if (!el) return;  // drawn with its mark when the reader scrolls there
  el.classList.add('now');
  el.setAttribute('aria-current', 'true');
  if (!media.paused) el.scrollIntoView({ block: 'nearest' });
}
function tick() {
  follow();
  if (media && !media.paused) window.requestAnimationFrame(tick);
}

// ---- where the media sits: in the sticky bar when it shows a moving picture -------------------
var pinButton = $('pin');
function dockMedia(docked) {
  if (!media || media.tagName !== 'VIDEO') return;
  var place = docked ? $('media-dock') : $('media-home');
  if (!place.contains(media)) {
    place.appendChild(media);
    place.appendChild($('media-error'));
  }
  document.body.classList.toggle('video-docked', docked);
  pinButton.setAttribute('aria-pressed', docked ? 'true' : 'false');
}
var framesAt = null;  // [media time, frames shown] when playing began: a still image shows few
function checkStill() {
  if (!media.getVideoPlaybackQuality || pinButton.userChoice) return;
  var frames = media.getVideoPlaybackQuality().totalVideoFrames;
  if (framesAt === null) { framesAt = [media.currentTime, frames]; return; }
  if (media.currentTime - framesAt[0] >= 2 && frames - framesAt[1] <= 1) dockMedia(false);
  if (media.currentTime - framesAt[0] >= 2) media.removeEventListener('timeupdate', checkStill);
}
if (media && media.tagName === 'VIDEO') {
  document.body.classList.add('video-docked');
  media.addEventListener('loadedmetadata', function () {
    if (media.videoWidth === 0) { dockMedia(false); return; }  // sound only
    pinButton.hidden = false;
  });
  media.addEventListener('timeupdate', checkStill);
  pinButton.addEventListener('click', function () {
    pinButton.userChoice = true;
    dockMedia(!document.body.classList.contains('video-docked'));
  });
}
