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
}
