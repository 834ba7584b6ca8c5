using System.Security.Cryptography;
using System.Text;
using InternBot.Core.Applications;

namespace InternBot.Storage.SharePoint;

/// <summary>
/// The list schema as a PnP provisioning template (schema 2022/09, for Invoke-PnPSiteTemplate) and as a CLI for
/// Microsoft 365 script: generated from <see cref="ApplicationListSchema"/> into infra/sharepoint/, never edited by hand.
/// </summary>
public static class ProvisioningScripts
{
    public const string Header = "Generated from ApplicationListSchema by the internbot provision command (write-templates option). Do not edit by hand.";

    public static string PnpTemplate()
    {
        var sb = new StringBuilder();
        sb.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"<!-- {Header} -->\n");
        sb.Append("<pnp:Provisioning xmlns:pnp=\"http://schemas.dev.office.com/PnP/2022/09/ProvisioningSchema\">\n");
        sb.Append("  <pnp:Preferences Generator=\"InternBot\" />\n");
        sb.Append("  <pnp:Templates ID=\"InternBot-Applications-Templates\">\n");
        sb.Append("    <pnp:ProvisioningTemplate ID=\"InternBot-Applications\" Version=\"1\" Scope=\"RootSite\">\n");
        sb.Append("      <pnp:Lists>\n");
        sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"        <pnp:ListInstance Title=\"{ApplicationListSchema.DefaultListName}\" Description=\"Internship applications, managed by InternBot.\" TemplateType=\"100\" Url=\"Lists/InternBotApplications\" EnableVersioning=\"true\" MaxVersionLimit=\"50\" OnQuickLaunch=\"false\">\n");
        sb.Append("          <pnp:Fields>\n");
        foreach (var c in ApplicationListSchema.Columns)
        {
            sb.Append("            ").Append(FieldXml(c)).Append('\n');
        }

        sb.Append("          </pnp:Fields>\n");
        sb.Append("        </pnp:ListInstance>\n");
        sb.Append("      </pnp:Lists>\n");
        sb.Append("    </pnp:ProvisioningTemplate>\n");
        sb.Append("  </pnp:Templates>\n");
        sb.Append("</pnp:Provisioning>\n");
        return sb.ToString();
    }

    public static string CliForMicrosoft365Script()
    {
        var sb = new StringBuilder();
        sb.Append("#!/usr/bin/env bash\n");
        sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"# {Header}\n");
        sb.Append("# Creates the applications list and its columns with the CLI for Microsoft 365 (npm @pnp/cli-microsoft365).\n");
        sb.Append("# Sign in first: m365 login. Safe to run again: existing lists and fields are left as they are.\n");
        sb.Append("set -euo pipefail\n");
        sb.Append("SITE=\"${1:?usage: provision-list.sh <site-url>}\"\n");
        sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"LIST=\"{ApplicationListSchema.DefaultListName}\"\n\n");
        sb.Append("if ! m365 spo list get --webUrl \"$SITE\" --title \"$LIST\" >/dev/null 2>&1; then\n");
        sb.Append("  m365 spo list add --webUrl \"$SITE\" --title \"$LIST\" --baseTemplate GenericList\n");
        sb.Append("fi\n\n");
        sb.Append("add_field() {\n");
        sb.Append("  if m365 spo field get --webUrl \"$SITE\" --listTitle \"$LIST\" --internalName \"$1\" >/dev/null 2>&1; then\n");
        sb.Append("    echo \"field $1 exists\"\n");
        sb.Append("  else\n");
        sb.Append("    m365 spo field add --webUrl \"$SITE\" --listTitle \"$LIST\" --xml \"$2\" --options AddFieldToDefaultView\n");
        sb.Append("  fi\n");
        sb.Append("}\n\n");
        foreach (var c in ApplicationListSchema.Columns)
        {
            sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"add_field {c.Name} '{FieldXml(c)}'\n");
        }

        return sb.ToString();
    }

    /// <summary>SharePoint field XML; the field id is derived from the name so regenerating never changes it.</summary>
    public static string FieldXml(ListColumn c)
    {
        var (type, extra) = c.Kind switch
        {
            ColumnKind.Text => ("Text", " MaxLength=\"255\""),
            ColumnKind.Note => ("Note", " NumLines=\"6\" RichText=\"FALSE\""),
            ColumnKind.Number => ("Number", ""),
            ColumnKind.Date => ("DateTime", " Format=\"DateOnly\""),
            ColumnKind.DateTime => ("DateTime", " Format=\"DateTime\""),
            _ => ("Choice", " Format=\"Dropdown\" FillInChoice=\"FALSE\""),
        };
        var attributes = $"Type=\"{type}\" ID=\"{{{IdOf(c.Name)}}}\" Name=\"{c.Name}\" StaticName=\"{c.Name}\" DisplayName=\"{c.DisplayName}\"{extra}" +
                         $" Required=\"{(c.Required ? "TRUE" : "FALSE")}\" Indexed=\"{(c.Indexed ? "TRUE" : "FALSE")}\"";
        if (c.ChoiceValues.Count == 0)
        {
            return $"<Field {attributes} />";
        }

        return $"<Field {attributes}><CHOICES>{string.Concat(c.ChoiceValues.Select(v => $"<CHOICE>{v}</CHOICE>"))}</CHOICES></Field>";
    }

    private static Guid IdOf(string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("InternBot.Applications." + name));
        return new Guid(hash.AsSpan(0, 16));
    }
}
