"""What each record and field of content is for, in English and French: the one place.

The JSON Schemas (shown by editors as people type) and the content reference
(``docs/content-reference.md``) both read these texts. A field is described under
``"Record.key"`` when its meaning is particular to that record, else under its ``key``; a
record under its class name. A test fails when a field of the model has no description.
How a value must be written (a pattern's advice) comes from the model's own ``spec(help=…)``
and is added by the schema's builder.
"""

from __future__ import annotations

Bilingual = tuple[str, str]

RECORDS: dict[str, Bilingual] = {
    "ProjectSettings": (
        "The project: the organisation, its councils, languages, layout, markings and file names.",
        "Le projet : l’organisation, ses conseils, langues, mise en page, cotes et noms de "
        "fichiers.",
    ),
    "WorkingGroup": (
        "A working group: names, councils, members, co-chairs and secretariat.",
        "Un groupe de travail : noms, conseils, membres, coprésidences et secrétariat.",
    ),
    "Document": (
        "A document of the group, told apart by its kind.",
        "Un document du groupe, selon sa sorte (kind).",
    ),
    "Mandate": (
        "A mandate: why the group exists and what it will deliver.",
        "Un mandat : la raison d’être du groupe et ce qu’il produira.",
    ),
    "TermsOfReference": (
        "Terms of reference: the usual sections, most optional, plus free sections.",
        "Un cadre de référence : les sections habituelles, la plupart facultatives, et des "
        "sections libres.",
    ),
    "Deck": (
        "A briefing deck: an ordered list of slides.",
        "Une présentation : une suite ordonnée de diapositives.",
    ),
    "Slide": ("A slide, told apart by its kind.", "Une diapositive, selon sa sorte (kind)."),
    "TitleSlide": (
        "The opening slide: the deck's title, a subtitle, the group, the date and marking.",
        "La diapositive d’ouverture : titre, sous-titre, groupe, date et cote.",
    ),
    "OverviewSlide": (
        "An agenda: the items written, or else the titles of the section slides.",
        "Un ordre du jour : les points écrits, sinon les titres des diapositives de section.",
    ),
    "SectionSlide": ("A section header.", "Un intertitre de section."),
    "BulletsSlide": (
        "Bullets, nested, each with an optional bold lead term; an optional call-out box.",
        "Des puces imbriquées, chacune avec un terme en gras facultatif ; un encadré facultatif.",
    ),
    "NumberedSlide": (
        "A numbered list, such as the asks of a deck.",
        "Une liste numérotée, comme les demandes d’une présentation.",
    ),
    "QuoteSlide": (
        "A quotation or definition with its attribution, and an optional call-out.",
        "Une citation ou une définition avec sa source, et un encadré facultatif.",
    ),
    "StatementSlide": ("A single statement in large type.", "Un seul énoncé en gros caractères."),
    "TwoColumnsSlide": ("Two headed columns side by side.", "Deux colonnes titrées côte à côte."),
    "TimelineSlide": (
        "Months across, activities as bars, milestones as markers.",
        "Les mois en travers, les activités en barres, les jalons en repères.",
    ),
    "SwotSlide": (
        "A SWOT analysis as a 2x2 grid, with optional commentary beside it.",
        "Une analyse FFPM en grille 2x2, avec un commentaire facultatif.",
    ),
    "LogicModelSlide": (
        "A logic model: columns of boxes (inputs, activities, outputs, outcomes).",
        "Un modèle logique : des colonnes de cases (intrants, activités, extrants, résultats).",
    ),
    "RoadmapSlide": (
        "A roadmap: a table of actions by period, each marked new or under way.",
        "Une feuille de route : un tableau des mesures par période, nouvelles ou en cours.",
    ),
    "TableSlide": (
        "A data table, with optional commentary.",
        "Un tableau de données, avec un commentaire facultatif.",
    ),
    "MembersSlide": (
        "The group's membership, drawn from group.yaml (never typed twice).",
        "La composition du groupe, tirée de group.yaml (jamais tapée deux fois).",
    ),
    "MandateSlide": (
        "The purpose and objectives of a mandate document of the group.",
        "L’objet et les objectifs d’un mandat du groupe.",
    ),
    "PictureSlide": (
        "A picture with its alternative text and an optional caption.",
        "Une image avec son texte de remplacement et une légende facultative.",
    ),
    "ChartSlide": (
        "A native, editable chart (bar, column, stacked, line, pie) of data written here.",
        "Un graphique natif et modifiable (barres, colonnes, empilé, courbes, secteurs) des "
        "données écrites ici.",
    ),
    "ChartSeries": (
        "One series of a chart: its name (en, fr) and one value per category.",
        "Une série du graphique : son nom (en, fr) et une valeur par catégorie.",
    ),
    "ClosingSlide": (
        "The closing slide (“Questions”).",
        "La diapositive de clôture (« Questions »).",
    ),
    "Block": (
        "A paragraph (en, fr), a list (bullets, numbered), a table or a picture (image).",
        "Un paragraphe (en, fr), une liste (bullets, numbered), un tableau ou une image (image).",
    ),
    "Paragraph": ("A paragraph of text.", "Un paragraphe de texte."),
    "BulletList": ("A bulleted list.", "Une liste à puces."),
    "NumberedList": ("A numbered list.", "Une liste numérotée."),
    "Table": ("A table.", "Un tableau."),
    "Figure": ("A picture with its alternative text.", "Une image avec son texte de remplacement."),
    "BilingualText": (
        "A text in English and French.",
        "Un texte en anglais et en français.",
    ),
}

FIELDS: dict[str, Bilingual] = {
    # every file
    "schema": (
        "The content format of the file; write 1.",
        "Le format du contenu du fichier ; écrivez 1.",
    ),
    "kind": ("Which kind of record this is.", "La sorte d’élément."),
    # texts
    "en": ("The text in English.", "Le texte en anglais."),
    "fr": ("The text in French.", "Le texte en français."),
    "translated_from": (
        "Fingerprint of the source text this translation was made from; written by "
        "'councilkit i18n', do not edit.",
        "Empreinte du texte source de cette traduction ; écrite par « councilkit i18n », ne "
        "pas modifier.",
    ),
    # project
    "organization": ("The organisation's name.", "Le nom de l’organisation."),
    "councils": (
        "The councils working groups report to.",
        "Les conseils dont relèvent les groupes.",
    ),
    "WorkingGroup.councils": (
        "The ids of the councils the group reports to (from project.yaml).",
        "Les identifiants des conseils dont relève le groupe (dans project.yaml).",
    ),
    "languages": ("The languages published.", "Les langues publiées."),
    "source_language": (
        "The language texts are written in first.",
        "La langue dans laquelle les textes sont d’abord rédigés.",
    ),
    "layout": (
        "The layout the documents are drawn with (layouts/<name>/).",
        "La mise en page des documents (layouts/<nom>/).",
    ),
    "classification": ("The security marking.", "La cote de sécurité."),
    "draft_label": (
        "The label printed on draft documents.",
        "La mention imprimée sur les ébauches.",
    ),
    "output": ("How output files are named and published.", "Nom et publication des fichiers."),
    "stem": (
        "The file name of each document, before the language suffix.",
        "Le nom de fichier de chaque document, avant le suffixe de langue.",
    ),
    "suffixes": ("The file-name suffix of each language.", "Le suffixe de chaque langue."),
    "LanguageSuffixes.en": ("Suffix of English files.", "Suffixe des fichiers anglais."),
    "LanguageSuffixes.fr": ("Suffix of French files.", "Suffixe des fichiers français."),
    "edition": (
        "separate: one file per language; side-by-side: two columns in one Word file; "
        "tete-beche: one language after the other in one Word file.",
        "separate : un fichier par langue ; side-by-side : deux colonnes dans un fichier Word ; "
        "tete-beche : une langue après l’autre dans un fichier Word.",
    ),
    "first_language": (
        "The language on the left of a side-by-side edition, or first in a tête-bêche one.",
        "La langue à gauche d’une édition côte à côte, ou la première d’une édition tête-bêche.",
    ),
    # council, group, members
    "id": ("The id others refer to it by.", "L’identifiant qui sert à y renvoyer."),
    "Slide.id": (
        "An id for the slide (optional).",
        "Un identifiant pour la diapositive (facultatif).",
    ),
    "Period.id": (
        "The period's id, named by the actions' periods.",
        "L’identifiant de la période, nommé par les périodes des mesures.",
    ),
    "name": ("The name.", "Le nom."),
    "Council.name": ("The council's name.", "Le nom du conseil."),
    "WorkingGroup.name": ("The group's name.", "Le nom du groupe."),
    "Approver.name": ("The person's name.", "Le nom de la personne."),
    "Contact.name": ("The person's name.", "Le nom de la personne."),
    "TemplateOrigin.name": ("The template's name.", "Le nom du modèle."),
    "acronym": ("The acronym.", "L’acronyme."),
    "parent_group": (
        "The id of the group this one reports to, if any.",
        "L’identifiant du groupe dont celui-ci relève, s’il y a lieu.",
    ),
    "members": ("The seats on the group.", "Les sièges du groupe."),
    "jurisdiction": (
        "federal, a province's or territory's postal code, municipal or other.",
        "federal, le code postal d’une province ou d’un territoire, municipal ou other.",
    ),
    "Member.organization": (
        "The organisation holding the seat.",
        "L’organisation qui occupe le siège.",
    ),
    "position": ("The position held.", "Le poste occupé."),
    "person": ("The person's name.", "Le nom de la personne."),
    "role": ("The role.", "Le rôle."),
    "Member.role": (
        "member, observer, ex-officio or advisor.",
        "member, observer, ex-officio ou advisor.",
    ),
    "email": ("An email address.", "Une adresse courriel."),
    "phone": ("A telephone number.", "Un numéro de téléphone."),
    "co_chairs": ("The co-chairs, by member id.", "Les coprésidences, par identifiant de membre."),
    "TermsOfReference.co_chairs": (
        "Text about the co-chairs (the names come from group.yaml).",
        "Texte sur la coprésidence (les noms viennent de group.yaml).",
    ),
    "member": ("The id of a member of the group.", "L’identifiant d’un membre du groupe."),
    "term": ("The term served.", "Le mandat exercé."),
    "secretariat": ("The office that supports the group.", "Le bureau qui appuie le groupe."),
    "TermsOfReference.secretariat": (
        "Text about the secretariat.",
        "Texte sur le secrétariat.",
    ),
    "Secretariat.organization": (
        "The secretariat's organisation.",
        "L’organisation du secrétariat.",
    ),
    "contacts": ("People to write to about the group.", "Les personnes à joindre."),
    "template": (
        "The template the package was made from (written by 'councilkit new').",
        "Le modèle d’origine (écrit par « councilkit new »).",
    ),
    "version": (
        'The version, such as "1.0" (quote it).',
        'La version, comme "1.0" (entre guillemets).',
    ),
    "TemplateOrigin.version": ("The template's version.", "La version du modèle."),
    # documents
    "title": ("The title.", "Le titre."),
    "status": ("draft, for-approval or approved.", "draft, for-approval ou approved."),
    "RoadmapAction.status": ("new or under-way.", "new ou under-way."),
    "date": ("A date, YYYY-MM-DD.", "Une date, AAAA-MM-JJ."),
    "history": ("The version history.", "L’historique des versions."),
    "summary": ("What changed.", "Ce qui a changé."),
    "purpose": ("Why the group exists.", "La raison d’être du groupe."),
    "scope": (
        "What the work covers and leaves out.",
        "Ce que couvre le travail et ce qu’il exclut.",
    ),
    "in_scope": ("What the work covers.", "Ce que couvre le travail."),
    "out_of_scope": ("What the work leaves out.", "Ce que le travail exclut."),
    "objectives": ("The objectives.", "Les objectifs."),
    "deliverables": ("What the group will hand over.", "Ce que le groupe remettra."),
    "due": ("When it is due, YYYY-MM-DD.", "L’échéance, AAAA-MM-JJ."),
    "duration": ("How long the mandate runs.", "La durée du mandat."),
    "start": ("The first day, YYYY-MM-DD.", "Le premier jour, AAAA-MM-JJ."),
    "end": ("The last day, YYYY-MM-DD.", "Le dernier jour, AAAA-MM-JJ."),
    "note": ("A note.", "Une note."),
    "mandate": (
        "The id (file name) of the mandate these terms implement.",
        "L’identifiant (nom de fichier) du mandat que ce cadre met en œuvre.",
    ),
    "background": ("Background.", "Contexte."),
    "membership": (
        "Text around the membership table (built from group.yaml).",
        "Texte autour du tableau des membres (tiré de group.yaml).",
    ),
    "roles": ("Roles and responsibilities.", "Rôles et responsabilités."),
    "meetings": ("Meetings.", "Réunions."),
    "decision_making": ("How decisions are made.", "Prise de décision."),
    "reporting": ("Reporting.", "Reddition de comptes."),
    "resources": ("Resources.", "Ressources."),
    "official_languages": ("Official languages.", "Langues officielles."),
    "review": ("Review of the terms.", "Examen du cadre."),
    "sections": ("Free sections.", "Sections libres."),
    "body": ("The section's text: blocks.", "Le texte de la section : des blocs."),
    "after": (
        "The standard section this one follows.",
        "La section standard après laquelle elle vient.",
    ),
    "approval": ("The approval block.", "Le bloc d’approbation."),
    "approvers": ("Who approves.", "Qui approuve."),
    "effective": ("From when it takes effect.", "Date d’entrée en vigueur."),
    "Approver.organization": ("The approver's organisation.", "L’organisation de l’approbateur."),
    "Approver.position": ("The approver's position.", "Le poste de l’approbateur."),
    # decks and slides
    "subtitle": ("The subtitle.", "Le sous-titre."),
    "slides": ("The slides, in order.", "Les diapositives, dans l’ordre."),
    "Slide.title": (
        "The slide's title, unique in the deck.",
        "Le titre, unique dans la présentation.",
    ),
    "label": (
        "A label such as “Example – for discussion purposes only”.",
        "Une mention comme « Exemple – aux fins de discussion seulement ».",
    ),
    "notes": ("Speaker notes.", "Notes de l’orateur."),
    "intro": ("An introductory sentence.", "Une phrase d’introduction."),
    "items": ("The items.", "Les éléments."),
    "ListItem.items": ("Nested items.", "Éléments imbriqués."),
    "text": ("The text.", "Le texte."),
    "lead": ("A bold lead term.", "Un terme en gras en tête."),
    "callout": ("A call-out box.", "Un encadré."),
    "quote": ("The quotation, one paragraph each.", "La citation, un paragraphe chacun."),
    "attribution": ("Who said or wrote it.", "Qui l’a dit ou écrit."),
    "statement": ("The statement.", "L’énoncé."),
    "left": ("The left column.", "La colonne de gauche."),
    "right": ("The right column.", "La colonne de droite."),
    "heading": ("The column's heading.", "L’en-tête de la colonne."),
    "TimelineSlide.start": ("The first month shown.", "Le premier mois affiché."),
    "TimelineSlide.end": ("The last month shown.", "Le dernier mois affiché."),
    "activities": ("Activities, drawn as bars.", "Les activités, en barres."),
    "milestones": ("Milestones, drawn as markers.", "Les jalons, en repères."),
    "strengths": ("Strengths.", "Forces."),
    "weaknesses": ("Weaknesses.", "Faiblesses."),
    "opportunities": ("Opportunities.", "Possibilités."),
    "threats": ("Threats.", "Menaces."),
    "commentary": ("Commentary beside the figure.", "Commentaire à côté de la figure."),
    "columns": ("The columns of boxes.", "Les colonnes de cases."),
    "periods": ("The roadmap's columns.", "Les colonnes de la feuille de route."),
    "RoadmapAction.periods": (
        "The ids of the periods the action runs in.",
        "Les identifiants des périodes de la mesure.",
    ),
    "actions": ("The roadmap's rows.", "Les lignes de la feuille de route."),
    "table": ("A table.", "Un tableau."),
    "header": ("The header row.", "La ligne d’en-tête."),
    "rows": ("The rows, each a list of cells.", "Les lignes, chacune une liste de cellules."),
    "caption": ("A caption.", "Une légende."),
    "document": (
        "The id (file name) of the mandate shown; the group's mandate if left out.",
        "L’identifiant (nom de fichier) du mandat montré ; celui du groupe s’il est omis.",
    ),
    "image": (
        "The picture file, relative to this file.",
        "Le fichier de l’image, relatif à ce fichier.",
    ),
    "alt": (
        "What a screen reader says for the picture.",
        "Ce que dit un lecteur d’écran pour l’image.",
    ),
    "bullets": ("A bulleted list.", "Une liste à puces."),
    "numbered": ("A numbered list.", "Une liste numérotée."),
    "ChartSlide.chart": (
        "The chart type: bar, column, stacked-bar, stacked-column, line or pie.",
        "Le type de graphique : bar, column, stacked-bar, stacked-column, line ou pie.",
    ),
    "ChartSlide.categories": (
        "The categories (en, fr), in order: the bars, points or slices.",
        "Les catégories (en, fr), dans l’ordre : les barres, les points ou les secteurs.",
    ),
    "ChartSlide.series": (
        "The series, each with one value per category (a pie has one series).",
        "Les séries, chacune avec une valeur par catégorie (un secteur n’a qu’une série).",
    ),
    "ChartSlide.unit": (
        "How values read: number, percent (37.5 means 37.5 %) or dollars.",
        "Comment lire les valeurs : number, percent (37.5 signifie 37,5 %) ou dollars.",
    ),
    "ChartSlide.alt": (
        "What a screen reader says; made from the data when left out.",
        "Ce que dit un lecteur d’écran ; tiré des données s’il est omis.",
    ),
    "ChartSlide.data_table": (
        "Also show the data as a table beside the chart, for screen-reader users.",
        "Afficher aussi les données en tableau à côté du graphique, pour les lecteurs d’écran.",
    ),
    "ChartSeries.values": (
        "One number per category, in the order of the categories.",
        "Un nombre par catégorie, dans l’ordre des catégories.",
    ),
}


HELP_FR: dict[str, str] = {
    "use lower-case letters, digits and hyphens, starting with a letter or digit": (
        "utilisez des minuscules, des chiffres et des traits d’union, en commençant par une "
        "lettre ou un chiffre"
    ),
    "write a version as numbers separated by dots, such as 0.1 or 1.2": (
        "écrivez la version en nombres séparés par des points, comme 0.1 ou 1.2"
    ),
    "use letters and digits": "utilisez des lettres et des chiffres",
    "use letters, digits, '-', '_' and the fields {group}, {document}, {kind}": (
        "utilisez des lettres, des chiffres, « - », « _ » et les champs {group}, {document}, {kind}"
    ),
    (
        "use letters, digits, '-', '_' and '.', and only the fields {group}, {document} and "
        "{kind}; start with a letter, a digit or a field, and never write '..'"
    ): (
        "utilisez des lettres, des chiffres, « - », « _ » et « . », et seulement les champs "
        "{group}, {document} et {kind} ; commencez par une lettre, un chiffre ou un champ, et "
        "n’écrivez jamais « .. »"
    ),
}
"""The French of each ``spec(help=…)`` text of the model (how a value must be written)."""


def record_description(name: str) -> Bilingual | None:
    """The description of the record (class) ``name``."""
    return RECORDS.get(name)


def field_description(record: str, key: str, bases: tuple[str, ...] = ()) -> Bilingual | None:
    """The description of ``key`` in ``record`` (or in one of its ``bases``), else of ``key``."""
    for owner in (record, *bases):
        found = FIELDS.get(f"{owner}.{key}")
        if found is not None:
            return found
    return FIELDS.get(key)
