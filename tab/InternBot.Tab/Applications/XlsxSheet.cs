using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace InternBot.Tab.Applications;

public enum XlsxKind
{
    Text,
    DateTime,
    Number,
}

/// <summary>A column of an exported sheet: its header, the type Excel sees, and a width in characters.</summary>
public sealed record XlsxColumn(string Header, XlsxKind Kind, double Width);

/// <summary>
/// One worksheet as an .xlsx file (Open XML SDK): typed cells (dates are Excel dates with a date format, numbers are
/// numbers, text is inline text that Excel never reads as a formula), a bold header row frozen in place, and filters on
/// every column. Characters XML cannot hold (control characters) are dropped, never an error.
/// </summary>
public static class XlsxSheet
{
    private const uint HeaderStyle = 1;
    private const uint DateStyle = 2;
    private const uint DateFormat = 164;

    public static byte[] Write(string sheetName, IReadOnlyList<XlsxColumn> columns, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Styles();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();

            var data = new SheetData();
            data.Append(new Row(columns.Select((c, i) => TextCell(i, 1, c.Header, HeaderStyle))) { RowIndex = 1 });
            uint r = 1;
            foreach (var values in rows)
            {
                r++;
                var row = new Row { RowIndex = r };
                for (var i = 0; i < columns.Count; i++)
                {
                    var value = i < values.Count ? values[i] : null;
                    if (value is null || value is string { Length: 0 })
                    {
                        continue;
                    }

                    row.Append(columns[i].Kind switch
                    {
                        XlsxKind.DateTime when value is DateTimeOffset at => new Cell { CellReference = Reference(i, r), CellValue = new CellValue(at.UtcDateTime.ToOADate()), StyleIndex = DateStyle },
                        XlsxKind.Number when value is IConvertible n => new Cell { CellReference = Reference(i, r), CellValue = new CellValue(Convert.ToDouble(n, System.Globalization.CultureInfo.InvariantCulture)), DataType = CellValues.Number },
                        _ => TextCell(i, r, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "", 0),
                    });
                }

                data.Append(row);
            }

            var last = Reference(columns.Count - 1, Math.Max(r, 1));
            sheetPart.Worksheet = new Worksheet(
                new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }) { WorkbookViewId = 0 }),
                new Columns(columns.Select((c, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = c.Width, CustomWidth = true })),
                data,
                new AutoFilter { Reference = $"A1:{last}" });
            workbook.Workbook.Append(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = sheetName }));
            // Excel shows the filter buttons only with this defined name.
            workbook.Workbook.Append(new DefinedNames(new DefinedName($"'{sheetName}'!$A$1:${Column(columns.Count - 1)}${Math.Max(r, 1)}") { Name = "_xlnm._FilterDatabase", LocalSheetId = 0, Hidden = true }));
        }

        return stream.ToArray();
    }

    private static Cell TextCell(int column, uint row, string text, uint style) =>
        new(new InlineString(new Text(XmlSafe(text)) { Space = SpaceProcessingModeValues.Preserve })) { CellReference = Reference(column, row), DataType = CellValues.InlineString, StyleIndex = style };

    private static string XmlSafe(string text)
    {
        var safe = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                safe.Append(c).Append(text[++i]);
            }
            else if (!char.IsSurrogate(c) && (c >= 0x20 || c is '\t' or '\n' or '\r') && c is not ('\uFFFE' or '\uFFFF'))
            {
                safe.Append(c);
            }
        }

        return safe.ToString();
    }

    private static string Reference(int column, uint row) => $"{Column(column)}{row}";

    private static string Column(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = DateFormat, FormatCode = "yyyy-mm-dd hh:mm" }) { Count = 1 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = DateFormat, ApplyNumberFormat = true }) { Count = 3 });
}
