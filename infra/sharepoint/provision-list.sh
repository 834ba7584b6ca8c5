#!/usr/bin/env bash
# Generated from ApplicationListSchema by the internbot provision command (write-templates option). Do not edit by hand.
# Creates the applications list and its columns with the CLI for Microsoft 365 (npm @pnp/cli-microsoft365).
# Sign in first: m365 login. Safe to run again: existing lists and fields are left as they are.
set -euo pipefail
SITE="${1:?usage: provision-list.sh <site-url>}"
LIST="InternBot Applications"

if ! m365 spo list get --webUrl "$SITE" --title "$LIST" >/dev/null 2>&1; then
  m365 spo list add --webUrl "$SITE" --title "$LIST" --baseTemplate GenericList
fi

add_field() {
  if m365 spo field get --webUrl "$SITE" --listTitle "$LIST" --internalName "$1" >/dev/null 2>&1; then
    echo "field $1 exists"
  else
    m365 spo field add --webUrl "$SITE" --listTitle "$LIST" --xml "$2" --options AddFieldToDefaultView
  fi
}

add_field CandidateId '<Field Type="Text" ID="{92f11295-064a-a5b7-b6cb-60c4521da8a2}" Name="CandidateId" StaticName="CandidateId" DisplayName="Candidate id" MaxLength="255" Required="TRUE" Indexed="TRUE" />'
add_field Email '<Field Type="Text" ID="{5b90bf57-171f-4ce3-0a65-a65be8f88dd9}" Name="Email" StaticName="Email" DisplayName="E-mail" MaxLength="255" Required="FALSE" Indexed="FALSE" />'
add_field Vacancy '<Field Type="Text" ID="{7197d152-1d8a-a150-a3a3-763c1520fa0a}" Name="Vacancy" StaticName="Vacancy" DisplayName="Vacancy" MaxLength="255" Required="TRUE" Indexed="TRUE" />'
add_field Campaign '<Field Type="Text" ID="{b05816a9-e088-139a-51be-3a93dbe09205}" Name="Campaign" StaticName="Campaign" DisplayName="Campaign" MaxLength="255" Required="TRUE" Indexed="TRUE" />'
add_field Nationalities '<Field Type="Text" ID="{527f4222-4dd4-48da-338b-78309a89630d}" Name="Nationalities" StaticName="Nationalities" DisplayName="Nationalities" MaxLength="255" Required="FALSE" Indexed="FALSE" />'
add_field DateOfBirth '<Field Type="DateTime" ID="{c5f0002d-0441-ce98-3f61-63e47b202ffe}" Name="DateOfBirth" StaticName="DateOfBirth" DisplayName="Date of birth" Format="DateOnly" Required="FALSE" Indexed="FALSE" />'
add_field EnrolledStudent '<Field Type="Choice" ID="{6fc487ca-861b-4f70-6724-881fc3800277}" Name="EnrolledStudent" StaticName="EnrolledStudent" DisplayName="Enrolled student" Format="Dropdown" FillInChoice="FALSE" Required="FALSE" Indexed="FALSE"><CHOICES><CHOICE>Yes</CHOICE><CHOICE>No</CHOICE></CHOICES></Field>'
add_field YearsCompleted '<Field Type="Number" ID="{7c4511a1-a9bb-f96c-649e-c3cc24641e58}" Name="YearsCompleted" StaticName="YearsCompleted" DisplayName="Years of study completed" Required="FALSE" Indexed="FALSE" />'
add_field EquivalentEducation '<Field Type="Choice" ID="{4980b874-6542-2b0f-e8e4-122d19334d41}" Name="EquivalentEducation" StaticName="EquivalentEducation" DisplayName="Equivalent education" Format="Dropdown" FillInChoice="FALSE" Required="FALSE" Indexed="FALSE"><CHOICES><CHOICE>Yes</CHOICE><CHOICE>No</CHOICE></CHOICES></Field>'
add_field DegreeLevel '<Field Type="Choice" ID="{80f65088-feef-33bf-b381-7b3df90ec21e}" Name="DegreeLevel" StaticName="DegreeLevel" DisplayName="Degree level" Format="Dropdown" FillInChoice="FALSE" Required="FALSE" Indexed="FALSE"><CHOICES><CHOICE>shortCycle</CHOICE><CHOICE>bachelor</CHOICE><CHOICE>master</CHOICE><CHOICE>doctorate</CHOICE></CHOICES></Field>'
add_field DegreeAwardedOn '<Field Type="DateTime" ID="{f331ce1d-369a-8539-2f02-0417226ff5fd}" Name="DegreeAwardedOn" StaticName="DegreeAwardedOn" DisplayName="Degree awarded on" Format="DateOnly" Required="FALSE" Indexed="FALSE" />'
add_field DegreeRelevant '<Field Type="Choice" ID="{c015f819-d17c-cfdb-df51-2c07517b3f8f}" Name="DegreeRelevant" StaticName="DegreeRelevant" DisplayName="Degree relevant" Format="Dropdown" FillInChoice="FALSE" Required="FALSE" Indexed="FALSE"><CHOICES><CHOICE>Yes</CHOICE><CHOICE>No</CHOICE></CHOICES></Field>'
add_field FinalStageOfMasters '<Field Type="Choice" ID="{85f82ed0-d842-bd17-9f77-2b1765905594}" Name="FinalStageOfMasters" StaticName="FinalStageOfMasters" DisplayName="Final stage of master's" Format="Dropdown" FillInChoice="FALSE" Required="FALSE" Indexed="FALSE"><CHOICES><CHOICE>Yes</CHOICE><CHOICE>No</CHOICE></CHOICES></Field>'
add_field Languages '<Field Type="Text" ID="{560cb51e-f189-7909-d74f-338720ea84bd}" Name="Languages" StaticName="Languages" DisplayName="Languages" MaxLength="255" Required="FALSE" Indexed="FALSE" />'
add_field AdvancedItUser '<Field Type="Choice" ID="{4cd185d3-69c2-7533-4640-c6143226388e}" Name="AdvancedItUser" StaticName="AdvancedItUser" DisplayName="Advanced IT user" Format="Dropdown" FillInChoice="FALSE" Required="FALSE" Indexed="FALSE"><CHOICES><CHOICE>Yes</CHOICE><CHOICE>No</CHOICE></CHOICES></Field>'
add_field PriorExperience '<Field Type="Choice" ID="{99d388ff-d9cd-41df-aedf-a612130e1788}" Name="PriorExperience" StaticName="PriorExperience" DisplayName="Prior experience" Format="Dropdown" FillInChoice="FALSE" Required="FALSE" Indexed="FALSE"><CHOICES><CHOICE>Yes</CHOICE><CHOICE>No</CHOICE></CHOICES></Field>'
add_field Documents '<Field Type="Text" ID="{c8ec79c1-cb8a-20be-dce1-43f1867848b4}" Name="Documents" StaticName="Documents" DisplayName="Documents" MaxLength="255" Required="FALSE" Indexed="FALSE" />'
add_field SubmittedAt '<Field Type="DateTime" ID="{7830fa09-f82d-b96b-144f-9dbb35021006}" Name="SubmittedAt" StaticName="SubmittedAt" DisplayName="Submitted at" Format="DateTime" Required="FALSE" Indexed="TRUE" />'
add_field Status '<Field Type="Choice" ID="{e8991551-0dd4-8a13-07ed-9dfd232642a9}" Name="Status" StaticName="Status" DisplayName="Status" Format="Dropdown" FillInChoice="FALSE" Required="TRUE" Indexed="TRUE"><CHOICES><CHOICE>Submitted</CHOICE><CHOICE>Screening</CHOICE><CHOICE>Shortlisted</CHOICE><CHOICE>Interview</CHOICE><CHOICE>Offer</CHOICE><CHOICE>Accepted</CHOICE><CHOICE>Declined</CHOICE><CHOICE>Rejected</CHOICE><CHOICE>Withdrawn</CHOICE></CHOICES></Field>'
add_field Supervisors '<Field Type="Note" ID="{3f1e7d21-daeb-331e-a5b2-7add07d731de}" Name="Supervisors" StaticName="Supervisors" DisplayName="Supervisors" NumLines="6" RichText="FALSE" Required="FALSE" Indexed="FALSE" />'
add_field Notes '<Field Type="Note" ID="{538d2424-02ec-f52b-bfcd-00fd7d6f548d}" Name="Notes" StaticName="Notes" DisplayName="Notes" NumLines="6" RichText="FALSE" Required="FALSE" Indexed="FALSE" />'
