/**
 * docx's `Document`, for a package that leaves out the theme docx writes into every package
 * (`pack.ts`): docx still asks the document for its theme when it writes the parts, and this one
 * answers with a theme that has nothing to write, instead of Office's ~250 elements of colours,
 * fonts and effects, prepared and written for every document only to be thrown away.
 */
import { Document, Theme, type IXmlableObject } from "docx";

/** A theme whose XML is the empty root: the package never holds it. */
class UnwrittenTheme extends Theme {
  override prepForXml(): IXmlableObject {
    return { "a:theme": {} };
  }
}

const UNWRITTEN = new UnwrittenTheme();

export class ReportDocument extends Document {
  override get Theme(): Theme {
    return UNWRITTEN;
  }
}
