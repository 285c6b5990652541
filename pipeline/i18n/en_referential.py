"""English texts about the referential: categories, versions, applicability reasons."""

from __future__ import annotations

TEXT: dict[str, str] = {
    "list.join": ", ",
    "category.AF": "training actions (AF)",
    "category.BC": "skills assessments (BC)",
    "category.VAE": "VAE support",
    "category.CFA": "apprenticeship (CFA)",
    "applies.common": "Common indicator: applies to every category of action.",
    "applies.category": "Applies to these categories, which the organisation delivers: "
    "{categories}.",
    "applies.inherent.certifying": "Applies: these categories always lead to a professional certification: {categories}.",
    "applies.inherent.work_linked": "Applies: apprenticeship is work-linked training by nature.",
    "applies.inherent.work_based": "Applies: apprenticeship always includes work-based training periods.",
    "applies.inherent.subcontracting": "Applies to {categories}.",
    "applies.flag.certifying": "Applies: the profile says the organisation delivers services leading to a "
    "professional certification.",
    "applies.flag.work_linked": "Applies: the profile says the organisation delivers "
    "work-linked training (alternance).",
    "applies.flag.work_based": "Applies: the profile says services include work-based "
    "training periods.",
    "applies.flag.subcontracting": "Applies: the profile says the organisation uses "
    "subcontracting or portage salarial.",
    "na.category": "Does not apply: this indicator concerns only these categories, which the "
    "organisation does not deliver: {categories}.",
    "na.flag.certifying": "Does not apply: only for services leading to a professional "
    "certification, and the profile says there are none.",
    "na.flag.work_linked": "Does not apply: only for work-linked training (alternance), and "
    "the profile says there is none.",
    "na.flag.work_based": "Does not apply: only when services include work-based training "
    "periods (work-linked training, internships in a company, AFEST), and the profile says "
    "there are none.",
    "na.flag.subcontracting": "Does not apply: only when the organisation uses subcontracting "
    "or portage salarial, and the profile says it does not.",
    "na.claimed": "Declared not applicable by the organisation: {reason}",
    "version.forced": "{version}, forced in the workspace settings (qualiopi.toml).",
    "version.by_date": "{version}, because the planned audit date is {date}.",
    "version.by_today": "{version}, because no audit date is given and today is {date}.",
    "version.bad_date": "{version}, because the planned audit date ({where}) is not a valid date "
    "and today is {date}.",
    "version.V9": "National quality referential V9 (32 indicators)",
    "version.V10": "National quality referential V10 (33 indicators)",
    "scope.name.initial": "initial audit",
    "scope.name.surveillance": "surveillance audit",
    "scope.name.renewal": "renewal audit",
    "scope.name.reduced": "reduced initial audit (recognised label)",
    "scope.not_applicable": "Not checked: the indicator does not apply.",
    "scope.full": "Checked: this audit covers every applicable indicator.",
    "scope.reduced.listed": "Checked at the reduced audit: one of the common indicators it "
    "keeps (arrêté of 6 June 2019, art. 10).",
    "scope.reduced.specific": "Checked at the reduced audit: it covers every applicable "
    "specific indicator.",
    "scope.reduced.out": "Not checked at the reduced initial audit: reviewed at the "
    "surveillance audit.",
    "scope.surveillance.new_entrant": "In the surveillance audit's minimum scope: new entrant "
    "for {categories}, every applicable indicator is checked.",
    "scope.surveillance.nc": "In the surveillance audit's minimum scope: a non-conformity was "
    "raised on it.",
    "scope.surveillance.listed": "In the surveillance audit's minimum scope: always checked "
    "when it applies.",
    "scope.surveillance.major_only": "In the surveillance audit's minimum scope: it can only "
    "give a major non-conformity.",
    "scope.surveillance.after_reduced": "In the surveillance audit's minimum scope: not checked "
    "at the reduced initial audit (recognised label).",
    "scope.surveillance.out": "Outside the surveillance audit's minimum scope: the auditor may "
    "still check it.",
}
