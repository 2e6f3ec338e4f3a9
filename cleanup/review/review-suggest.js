// Suggestions the run held back (a click accepts one, a second click takes it back) and a
// private step's redactions (a click rejects one: "not PHI"). Both are saved with the
// rejected changes, as the decisions file's "accepted" and "rejected" lists.
var S = data.suggestions;
var SN = S.step.length;
var accepted = new Array(SN).fill(false);
var sugAfter = new Array(N);   // sparse: the suggestions drawn after word i
var sugOn = new Array(N);      // sparse: the suggestions about word i
var sugEls = new Array(SN);    // the drawn suggestion buttons in the transcript
var sugRows = new Array(SN);
(function placeSuggestions() {
  for (var s = 0; s < SN; s++) {
    if (S.first[s] < 0) continue;
    (sugAfter[S.last[s]] = sugAfter[S.last[s]] || []).push(s);
    for (var i = S.first[s]; i <= S.last[s]; i++) (sugOn[i] = sugOn[i] || []).push(s);
  }
})();
function isPrivate(k) { return C.private[k] === 1; }
function wasSuggested(k) { return C.accepted[k] === 1; }
function anyAccepted(ss) { return !!ss && ss.some(function (s) { return accepted[s]; }); }
function suggestionText(s) {
  return S.step[s] + ': ' + (S.before[s] || '∅') + ' → ' + (S.after[s] || '∅') + '? (' +
    S.evidence[s] + '; confidence ' + S.confidence[s] + '%)';
}

// The button after a suggestion's words: what it would make, and how likely it is right.
function drawSuggestion(s, into) {
  var b = document.createElement('button');
  b.type = 'button';
  b.className = 'sugg' + (accepted[s] ? ' accepted' : '');
  b.setAttribute('data-s', s);
  b.setAttribute('aria-pressed', accepted[s] ? 'true' : 'false');
  b.title = plainText(suggestionText(s));
  b.setAttribute('aria-label', 'Suggested, not made: ' + plainText(suggestionText(s)) +
                 '. Press to accept.');
  var shown = b.appendChild(document.createElement('span'));
  shown.setAttribute('aria-hidden', 'true');
  shown.appendChild(document.createTextNode(accepted[s] ? '✓ ' : '? '));
  shown.appendChild(textEl(S.after[s] || '∅'));
  shown.appendChild(document.createTextNode(' ' + S.confidence[s] + '%'));
  into.appendChild(b);
  sugEls[s] = b;
}
function drawSuggestionRow(n, into) {
  var s = n, li = document.createElement('li');
  li.id = 'suggestion-' + s;
  li.className = 'suggestion' + (accepted[s] ? ' accepted' : '');
  if (S.start[s] !== null) li.appendChild(timeButton(S.start[s]));
  li.appendChild(textEl(S.step[s], 'span', 'step'));
  li.appendChild(document.createTextNode(' '));
  var diff = li.appendChild(document.createElement('span'));
  diff.className = 'diff';
  diff.appendChild(textEl(S.before[s] || '∅', 's'));
  diff.appendChild(document.createTextNode(' → '));
  diff.appendChild(textEl(S.after[s] || '∅'));
  var why = li.appendChild(document.createElement('span'));
  why.className = 'why';
  why.appendChild(textEl(S.evidence[s]));
  why.appendChild(document.createTextNode(' · confidence ' + S.confidence[s] + '%'));
  var label = li.appendChild(document.createElement('label'));
  var box = label.appendChild(document.createElement('input'));
  box.type = 'checkbox';
  box.className = 'accept';
  box.setAttribute('data-s', s);
  box.checked = accepted[s];
  label.appendChild(document.createTextNode(' Accept'));
  into.appendChild(li);
  sugRows[s] = li;
}
var suggestionList = sideList('suggestions', SN, drawSuggestionRow,
                              'Nothing was suggested.', 'suggestions');
if (suggestionList) {
  suggestionList.onHide = function (first, end) { for (var s = first; s < end; s++) delete sugRows[s]; };
}
function setAccepted(ss, to) {
  ss.forEach(function (s) { accepted[s] = to; });
  paint();
  remember();
}
function toggleSuggestion(s) { setAccepted([s], !accepted[s]); }
function paintSuggestions() {
  sugEls.forEach(function (b, s) {
    if (!b) return;
    b.classList.toggle('accepted', accepted[s]);
    b.setAttribute('aria-pressed', accepted[s] ? 'true' : 'false');
    b.firstChild.firstChild.textContent = accepted[s] ? '✓ ' : '? ';
  });
  sugRows.forEach(function (li, s) {
    if (!li) return;
    li.classList.toggle('accepted', accepted[s]);
    li.querySelector('input.accept').checked = accepted[s];
  });
  wordEls.forEach(function (el, i) { if (el && sugOn[i]) el.classList.toggle('sug-on', anyAccepted(sugOn[i])); });
}

// ---- the decisions file ------------------------------------------------------------------------
function decisionOf(k) {
  var d = { step: stepOf(k), at: C.at[k], start: C.start[k], end: C.end[k] };
  if (C.digest[k]) { d.after = C.after[k]; d.digest = C.digest[k]; d['private'] = true; }
  else { d.before = C.before[k]; d.after = C.after[k]; }
  return d;
}
function decisionsDoc() {
  var doc = {}, rej = [], acc = [];
  for (var k = 0; k < M; k++) {
    if (wasSuggested(k) && !rejected[k]) acc.push(decisionOf(k));
    else if (!wasSuggested(k) && rejected[k]) rej.push(decisionOf(k));
  }
  for (var s = 0; s < SN; s++) {
    if (accepted[s]) {
      acc.push({ step: S.step[s], at: S.at[s], start: S.start[s], end: S.end[s],
                 before: S.before[s], after: S.after[s] });
    }
  }
  doc[data.format.key] = data.format.version;
  doc.name = data.name;
  doc.source = data.source;
  if (C.salt) doc.salt = C.salt;
  doc.rejected = rej;
  doc.accepted = acc;
  return doc;
}
