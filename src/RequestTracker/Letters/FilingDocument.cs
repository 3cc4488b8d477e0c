using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace RequestTracker.Letters;

/// <summary>
/// A filing as a Word document (DOCX) the advocate opens, checks, signs and files: one paragraph per line of the
/// reviewed text, the first line (the court) to the right as Russian practice sets a claim's header, in a serif face
/// every office suite has. Written with the Open XML SDK; nothing is rendered by hand.
/// </summary>
internal static class FilingDocument
{
    public static byte[] Docx(string title, string text)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman", EastAsia = "Times New Roman" },
                    new FontSize { Val = "26" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "0", Line = "276", LineRule = LineSpacingRuleValues.Auto }))));
            var body = new Body();
            var lines = text.ReplaceLineEndings("\n").Split('\n');
            var header = true;
            foreach (var line in lines)
            {
                // The addressee block (court, parties) runs to the first blank line and sits on the right.
                header &= line.Length > 0;
                var paragraph = new Paragraph(new Run(new Text(line) { Space = SpaceProcessingModeValues.Preserve }));
                if (header)
                {
                    paragraph.PrependChild(new ParagraphProperties(new Indentation { Left = "4536" }));
                }
                else if (IsHeading(line))
                {
                    paragraph.PrependChild(new ParagraphProperties(new Justification { Val = JustificationValues.Center }));
                    paragraph.GetFirstChild<Run>()!.PrependChild(new RunProperties(new Bold()));
                }

                body.Append(paragraph);
            }

            body.Append(new SectionProperties(new PageMargin { Top = 1134, Bottom = 1134, Left = 1701, Right = 850, Header = 709, Footer = 709, Gutter = 0 }));
            main.Document = new Document(body);
            document.PackageProperties.Title = title;
            document.PackageProperties.Creator = "RequestTracker";
        }

        return stream.ToArray();
    }

    /// <summary>A line in capitals (ПРОШУ:, АДМИНИСТРАТИВНОЕ ИСКОВОЕ ЗАЯВЛЕНИЕ) is a heading.</summary>
    private static bool IsHeading(string line)
    {
        var letters = line.Where(char.IsLetter).ToList();
        return letters.Count >= 4 && letters.All(char.IsUpper);
    }
}
