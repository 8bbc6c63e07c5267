/**
 * The narrative checks (RD-04 … RD-07, RD-10, R2-05, R3-08): importing this module registers each
 * check name with the document-check registry; the editions' rule data name the checks they run.
 */
import "./copied-text.ts";
import "./figures.ts";
import "./foreign-places.ts";
import "./mentions.ts";
import "./other-year.ts";
import "./wording.ts";
