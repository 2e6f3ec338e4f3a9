"""Regenerate ``glossary_medical.txt``, the built-in glossary of
:mod:`cleanup.normalizers.glossary`.

Run from the repository root, with the ``drug-named-entity-recognition`` package installed
(``pip install drug-named-entity-recognition==2.0.9``)::

    python scripts/make_glossary.py

Brand names: the candidates in :data:`BRANDS` are widely prescribed or sold brands chosen
by hand; each one is kept only if it is a known name of a drug in the dictionary of
drug-named-entity-recognition (MIT licence; its data come from the DrugBank open
vocabulary, the NHS, MeSH, MedlinePlus and Wikipedia), which confirms the spelling and
that it names a medicine. That dictionary alone cannot be used as the list: it does not
tell brands from generic, chemical and foreign names (``gaba``, ``mdma``, ``salbutamol``
would wrongly become ``Gaba``, ``Mdma``, ``Salbutamol``).

Eponymous conditions: :data:`EPONYMS`, from Wikipedia's "List of eponymously named
diseases", spelled as MedlinePlus and the NIH spell them.

Safety rule for both: a single-word entry is dropped when its lowercase form is a common
English word (wordfreq Zipf >= 3.5) or a lowercase entry of the system dictionary
(/usr/share/dict/words, Debian's wamerican), so that "ensure", "focus" or "graves" are
never recased. Multi-word entries (``Graves’ disease``) only match the whole phrase.
"""
from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

BRANDS = """
Botox Dysport Xeomin Juvederm Restylane
Tylenol Advil Motrin Aleve Excedrin Midol Nurofen Panadol Calpol
Benadryl Claritin Zyrtec Allegra Xyzal Flonase Nasonex Sudafed Mucinex Robitussin
NyQuil DayQuil Afrin Vicks
Pepcid Zantac Prilosec Nexium Prevacid Protonix Imodium Dulcolax Miralax Metamucil
Synthroid Levoxyl Unithroid Tirosint Euthyrox Cytomel Tapazole
Ozempic Wegovy Mounjaro Zepbound Trulicity Victoza Saxenda Rybelsus Jardiance Farxiga
Invokana Januvia Janumet Glucophage Lantus Humalog Novolog Levemir Tresiba Toujeo
Humira Enbrel Remicade Stelara Dupixent Skyrizi Rinvoq Xeljanz Otezla Cosentyx Taltz
Orencia Actemra Cimzia Entyvio Ocrevus Tysabri Copaxone Avonex Tecfidera Gilenya
Plaquenil Arava Imuran CellCept
Lipitor Crestor Zocor Pravachol Zetia Vytorin Repatha Praluent
Plavix Eliquis Xarelto Pradaxa Coumadin Brilinta Lovenox
Lasix Norvasc Zestril Diovan Cozaar Benicar Toprol Lopressor Tenormin Coreg Entresto
Cardizem Inderal
Keytruda Opdivo Herceptin Avastin Gleevec Revlimid Arimidex Femara Lupron
Xanax Valium Ativan Klonopin Ambien Lunesta
Prozac Zoloft Paxil Celexa Lexapro Cymbalta Effexor Pristiq Wellbutrin Trintellix
Abilify Seroquel Zyprexa Risperdal Latuda Lamictal Depakote Tegretol Keppra Topamax
Neurontin Lyrica Adderall Ritalin Concerta Vyvanse Strattera Focalin
Aricept Namenda Sinemet Imitrex Maxalt Aimovig Ajovy Emgality Nurtec Ubrelvy Fioricet
Percocet Vicodin OxyContin Dilaudid Suboxone Narcan Ultram
Celebrex Mobic Voltaren Toradol Medrol Decadron
Flovent Advair Symbicort Spiriva Singulair ProAir Ventolin Xolair Nucala
Augmentin Amoxil Zithromax Cipro Levaquin Keflex Bactrim Flagyl Diflucan Valtrex
Tamiflu Paxlovid Truvada Descovy Biktarvy
Viagra Cialis Levitra Flomax Proscar Propecia Rogaine Avodart
Premarin Estrace Provera Prometrium Mirena NuvaRing Nexplanon Clomid
Accutane Retin-A Differin Latisse
Zofran Phenergan Reglan Dramamine Antivert
Chantix Nicorette Fosamax Boniva Prolia Forteo Reclast
Flexeril Robaxin Zanaflex Requip Mirapex
Neosporin Polysporin Lamisil Lotrimin Nizoral Monistat
Epogen Procrit Neulasta
EpiPen
"""

# Multi-word brands, checked by their first word.
BRAND_PHRASES = ["Armour Thyroid", "NP Thyroid", "Nature-Throid", "Depo-Provera",
                 "Plan B", "Pepto-Bismol"]

EPONYMS = """
Hashimoto’s
Hashimoto’s thyroiditis
Hashimoto’s disease
Graves’ disease
Graves’ ophthalmopathy
Parkinson’s
Parkinson’s disease
Alzheimer’s
Alzheimer’s disease
Crohn’s
Crohn’s disease
Cushing’s
Cushing’s syndrome
Cushing’s disease
Addison’s
Addison’s disease
Raynaud’s
Raynaud’s phenomenon
Raynaud’s disease
Sjögren’s
Sjögren’s syndrome
Down syndrome
Tourette’s
Tourette syndrome
Huntington’s
Huntington’s disease
Lou Gehrig’s disease
Bell’s palsy
Asperger’s
Asperger syndrome
Guillain-Barré syndrome
Kawasaki disease
Lyme disease
Ménière’s disease
Paget’s disease
Peyronie’s disease
Hodgkin’s
Hodgkin lymphoma
non-Hodgkin lymphoma
Epstein-Barr
Epstein-Barr virus
Barrett’s esophagus
Behçet’s disease
Tay-Sachs
Marfan syndrome
Ehlers-Danlos syndrome
Turner syndrome
Klinefelter syndrome
Wilson’s disease
Still’s disease
Reye’s syndrome
Munchausen syndrome
Kaposi’s sarcoma
Stevens-Johnson syndrome
Dupuytren’s contracture
Osgood-Schlatter disease
Baker’s cyst
Achilles tendon
Pap smear
Heimlich maneuver
Apgar score
Hashimoto
"""

_APOSTROPHES = "'’"
# Popular brands reach Zipf 3.1-3.4 (botox, xanax, viagra); ordinary words that are also
# brands sit higher (ensure 4.7, focus 5.0, today 5.6) and are in the dictionary anyway.
MAX_ZIPF = 3.5


def _dictionary_words() -> set[str]:
    path = Path("/usr/share/dict/words")
    if not path.is_file():
        raise SystemExit("needs /usr/share/dict/words (apt-get install wamerican)")
    return {w.strip() for w in path.read_text("utf-8", "replace").splitlines() if w.islower()}


def _common(word: str, dictionary: set[str]) -> bool:
    from wordfreq import zipf_frequency

    base = word.rstrip("’'").removesuffix("’s").removesuffix("'s").lower()
    return zipf_frequency(base, "en") >= MAX_ZIPF or base in dictionary


def drug_names() -> set[str]:
    import bz2
    import pickle

    import drug_named_entity_recognition as dner

    path = Path(dner.__file__).parent / "drug_ner_dictionary.pkl.bz2"
    with bz2.open(path, "rb") as f:
        data = pickle.load(f)
    return set(data["drug_variant_to_canonical"]) | set(data["drug_canonical_to_data"])


def build() -> tuple[list[str], list[str], list[str]]:
    """(brands, eponyms, rejected entries with the reason)."""
    dictionary = _dictionary_words()
    known = drug_names()
    brands, rejected = [], []
    for term in BRANDS.split() + BRAND_PHRASES:
        key = term.lower()
        if key not in known and key.replace("-", " ") not in known and key.split()[0] not in known:
            rejected.append(f"{term}: not in drug-named-entity-recognition")
        elif " " not in term and _common(term, dictionary):
            rejected.append(f"{term}: a common English word")
        else:
            brands.append(term)
    eponyms = []
    for term in (line.strip() for line in EPONYMS.splitlines()):
        if not term:
            continue
        if " " not in term and "-" not in term and _common(term, dictionary):
            rejected.append(f"{term}: a common English word")
        else:
            eponyms.append(term)
    return sorted(set(brands), key=str.lower), eponyms, rejected


HEADER = """\
# Built-in glossary for apply_glossary: canonical spellings of brand-name medicines and
# eponymous conditions, matched case-insensitively on whole words (and phrases).
# Brands: hand-picked widely used brands, each confirmed as a drug name in the dictionary of
# the PyPI package drug-named-entity-recognition 2.0.9 (MIT licence; data from the
# DrugBank open vocabulary, NHS, MeSH, MedlinePlus and Wikipedia).
# Eponyms: Wikipedia, "List of eponymously named diseases"; spellings as in MedlinePlus.
# Entries whose lowercase form is a common English word (wordfreq Zipf >= 3.5) or a
# lowercase dictionary word (Debian wamerican) are left out, so "ensure" never becomes
# "Ensure". Generated by scripts/make_glossary.py; edit the lists there.
"""


def main() -> None:
    brands, eponyms, rejected = build()
    path = Path(str(resources.files("cleanup.data").joinpath("glossary_medical.txt")))
    path.write_text(HEADER + "# -- brand-name medicines\n" + "\n".join(brands)
                    + "\n# -- eponymous conditions\n" + "\n".join(eponyms) + "\n", "utf-8")
    print(f"{path}: {len(brands)} brands, {len(eponyms)} eponyms")
    for line in rejected:
        print("left out:", line, file=sys.stderr)


if __name__ == "__main__":
    main()
