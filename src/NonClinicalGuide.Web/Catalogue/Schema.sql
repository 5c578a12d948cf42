-- The catalogue's tables, as EF Core's model (CatalogueDb) creates them. CatalogueSchemaTests fails when
-- the model changes without this file; its message holds the new script to paste here.
CREATE TABLE "Categories" (
    "Slug" TEXT NOT NULL CONSTRAINT "PK_Categories" PRIMARY KEY,
    "Title" TEXT NOT NULL,
    "Summary" TEXT NOT NULL,
    "Order" INTEGER NOT NULL,
    "DescriptionHtml" TEXT NOT NULL
);


CREATE TABLE "ClinicalJobs" (
    "Slug" TEXT NOT NULL CONSTRAINT "PK_ClinicalJobs" PRIMARY KEY,
    "Title" TEXT NOT NULL,
    "One" TEXT NOT NULL,
    "Label" TEXT NOT NULL,
    "SocCode" TEXT NOT NULL,
    "OnetCode" TEXT NOT NULL,
    "Order" INTEGER NOT NULL,
    "Background" INTEGER NOT NULL,
    "PayReference" INTEGER NOT NULL,
    "DescriptionHtml" TEXT NOT NULL,
    "FactsJson" TEXT NOT NULL
);


CREATE TABLE "ComparisonRows" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ComparisonRows" PRIMARY KEY AUTOINCREMENT,
    "Order" INTEGER NOT NULL,
    "Feature" TEXT NOT NULL,
    "ClinicalHtml" TEXT NOT NULL,
    "NonClinicalHtml" TEXT NOT NULL
);


CREATE TABLE "DataFiles" (
    "Path" TEXT NOT NULL CONSTRAINT "PK_DataFiles" PRIMARY KEY,
    "Dataset" TEXT NOT NULL,
    "Release" TEXT NOT NULL,
    "Bytes" INTEGER NOT NULL,
    "Sha256" TEXT NOT NULL
);


CREATE TABLE "DataReleases" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DataReleases" PRIMARY KEY AUTOINCREMENT,
    "OewsLabel" TEXT NOT NULL,
    "OewsYear" INTEGER NOT NULL,
    "OewsFile" TEXT NOT NULL,
    "TopCodeHourly" REAL NOT NULL,
    "TopCodeAnnual" INTEGER NOT NULL,
    "ProjectionsPeriod" TEXT NOT NULL,
    "ProjectionsBaseYear" INTEGER NOT NULL,
    "ProjectionsTargetYear" INTEGER NOT NULL,
    "ProjectionsFile" TEXT NOT NULL,
    "OnetVersion" TEXT NOT NULL
);


CREATE TABLE "Documents" (
    "Key" TEXT NOT NULL CONSTRAINT "PK_Documents" PRIMARY KEY,
    "Title" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "Summary" TEXT NULL,
    "BodyHtml" TEXT NOT NULL,
    "LastReviewed" TEXT NOT NULL
);


CREATE TABLE "FaqEntries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_FaqEntries" PRIMARY KEY AUTOINCREMENT,
    "Order" INTEGER NOT NULL,
    "Anchor" TEXT NOT NULL,
    "Question" TEXT NOT NULL,
    "AnswerHtml" TEXT NOT NULL
);


CREATE TABLE "HeadlineFigures" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_HeadlineFigures" PRIMARY KEY AUTOINCREMENT,
    "Claim" TEXT NOT NULL
);


CREATE TABLE "HeadlineParts" (
    "Order" INTEGER NOT NULL CONSTRAINT "PK_HeadlineParts" PRIMARY KEY AUTOINCREMENT,
    "SocCode" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "EmploymentBase" INTEGER NOT NULL,
    "EmploymentTarget" INTEGER NOT NULL,
    "OpeningsPerYear" INTEGER NOT NULL
);


CREATE TABLE "KeyPoints" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_KeyPoints" PRIMARY KEY AUTOINCREMENT,
    "Order" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "TextHtml" TEXT NOT NULL
);


CREATE TABLE "Occupations" (
    "SocCode" TEXT NOT NULL CONSTRAINT "PK_Occupations" PRIMARY KEY,
    "Title" TEXT NOT NULL,
    "Employment" INTEGER NULL,
    "HourlyMean" REAL NULL,
    "AnnualMean" INTEGER NULL,
    "HourlyP10" REAL NULL,
    "HourlyP25" REAL NULL,
    "HourlyMedian" REAL NULL,
    "HourlyP75" REAL NULL,
    "HourlyP90" REAL NULL,
    "AnnualP10" INTEGER NULL,
    "AnnualP25" INTEGER NULL,
    "AnnualMedian" INTEGER NULL,
    "AnnualP75" INTEGER NULL,
    "AnnualP90" INTEGER NULL,
    "AtLeastFrom" INTEGER NULL,
    "AnnualOnly" INTEGER NOT NULL,
    "HourlyOnly" INTEGER NOT NULL,
    "ProjectionTitle" TEXT NULL,
    "EmploymentBase" INTEGER NULL,
    "EmploymentTarget" INTEGER NULL,
    "GrowthPercent" REAL NULL,
    "OpeningsPerYear" INTEGER NULL,
    "TypicalEducation" TEXT NULL,
    "WorkExperience" TEXT NULL,
    "OnTheJobTraining" TEXT NULL
);


CREATE TABLE "OnetProfiles" (
    "OnetCode" TEXT NOT NULL CONSTRAINT "PK_OnetProfiles" PRIMARY KEY,
    "Title" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "JobZone" INTEGER NULL,
    "JobZoneName" TEXT NULL
);


CREATE TABLE "PayHistory" (
    "SocCode" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "AnnualMedian" INTEGER NULL,
    "HourlyMedian" REAL NULL,
    "AtLeast" INTEGER NOT NULL,
    CONSTRAINT "PK_PayHistory" PRIMARY KEY ("SocCode", "Year")
);


CREATE TABLE "RoleAliases" (
    "Alias" TEXT NOT NULL CONSTRAINT "PK_RoleAliases" PRIMARY KEY,
    "RoleSlug" TEXT NOT NULL
);


CREATE TABLE "SkillOverlaps" (
    "FromOnetCode" TEXT NOT NULL,
    "ToOnetCode" TEXT NOT NULL,
    "Match" REAL NOT NULL,
    "Bring" TEXT NOT NULL,
    "Gaps" TEXT NOT NULL,
    CONSTRAINT "PK_SkillOverlaps" PRIMARY KEY ("FromOnetCode", "ToOnetCode")
);


CREATE TABLE "TocEntries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_TocEntries" PRIMARY KEY AUTOINCREMENT,
    "DocumentKey" TEXT NOT NULL,
    "Order" INTEGER NOT NULL,
    "Anchor" TEXT NOT NULL,
    "Text" TEXT NOT NULL
);


CREATE TABLE "Roles" (
    "Slug" TEXT NOT NULL CONSTRAINT "PK_Roles" PRIMARY KEY,
    "Title" TEXT NOT NULL,
    "CategorySlug" TEXT NOT NULL,
    "CategoryOrder" INTEGER NOT NULL,
    "Summary" TEXT NOT NULL,
    "PatientContact" INTEGER NOT NULL,
    "Remote" INTEGER NOT NULL,
    "EntryEducation" INTEGER NOT NULL,
    "Interests" TEXT NOT NULL,
    "Settings" TEXT NOT NULL,
    "Skills" TEXT NOT NULL,
    "PaySocCode" TEXT NOT NULL,
    "PayMedian" INTEGER NULL,
    "PayLow" INTEGER NULL,
    "PayHigh" INTEGER NULL,
    "PayHighAtLeast" INTEGER NOT NULL,
    "GrowthPercent" REAL NULL,
    "LastReviewed" TEXT NOT NULL,
    "RouteMonthsMin" INTEGER NOT NULL,
    "RouteMonthsMax" INTEGER NOT NULL,
    "RouteSummary" TEXT NOT NULL,
    CONSTRAINT "FK_Roles_Categories_CategorySlug" FOREIGN KEY ("CategorySlug") REFERENCES "Categories" ("Slug") ON DELETE CASCADE
);


CREATE TABLE "CareerMoves" (
    "JobSlug" TEXT NOT NULL,
    "FitRank" INTEGER NOT NULL,
    "RoleSlug" TEXT NOT NULL,
    "Fit" INTEGER NOT NULL,
    "Licence" INTEGER NULL,
    "SkillsMatch" REAL NULL,
    "SkillsOnetCode" TEXT NULL,
    "RelatedTier" TEXT NULL,
    CONSTRAINT "PK_CareerMoves" PRIMARY KEY ("JobSlug", "FitRank"),
    CONSTRAINT "FK_CareerMoves_ClinicalJobs_JobSlug" FOREIGN KEY ("JobSlug") REFERENCES "ClinicalJobs" ("Slug") ON DELETE CASCADE,
    CONSTRAINT "FK_CareerMoves_Roles_RoleSlug" FOREIGN KEY ("RoleSlug") REFERENCES "Roles" ("Slug") ON DELETE CASCADE
);


CREATE TABLE "Certifications" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Certifications" PRIMARY KEY AUTOINCREMENT,
    "RoleSlug" TEXT NOT NULL,
    "Order" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "Note" TEXT NULL,
    CONSTRAINT "FK_Certifications_Roles_RoleSlug" FOREIGN KEY ("RoleSlug") REFERENCES "Roles" ("Slug") ON DELETE CASCADE
);


CREATE TABLE "ClinicalPathways" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ClinicalPathways" PRIMARY KEY AUTOINCREMENT,
    "RoleSlug" TEXT NOT NULL,
    "From" INTEGER NOT NULL,
    "Licence" INTEGER NOT NULL,
    "Why" TEXT NOT NULL,
    "Bridge" TEXT NOT NULL,
    CONSTRAINT "FK_ClinicalPathways_Roles_RoleSlug" FOREIGN KEY ("RoleSlug") REFERENCES "Roles" ("Slug") ON DELETE CASCADE
);


CREATE TABLE "RoleOccupations" (
    "RoleSlug" TEXT NOT NULL,
    "Order" INTEGER NOT NULL,
    "SocCode" TEXT NOT NULL,
    "OnetCode" TEXT NOT NULL,
    "Relation" INTEGER NOT NULL,
    "Note" TEXT NULL,
    CONSTRAINT "PK_RoleOccupations" PRIMARY KEY ("RoleSlug", "Order"),
    CONSTRAINT "FK_RoleOccupations_Roles_RoleSlug" FOREIGN KEY ("RoleSlug") REFERENCES "Roles" ("Slug") ON DELETE CASCADE
);


CREATE TABLE "RoleRelations" (
    "RoleSlug" TEXT NOT NULL,
    "RelatedSlug" TEXT NOT NULL,
    "Order" INTEGER NOT NULL,
    CONSTRAINT "PK_RoleRelations" PRIMARY KEY ("RoleSlug", "RelatedSlug"),
    CONSTRAINT "FK_RoleRelations_Roles_RelatedSlug" FOREIGN KEY ("RelatedSlug") REFERENCES "Roles" ("Slug") ON DELETE CASCADE,
    CONSTRAINT "FK_RoleRelations_Roles_RoleSlug" FOREIGN KEY ("RoleSlug") REFERENCES "Roles" ("Slug") ON DELETE CASCADE
);


CREATE TABLE "RoleTexts" (
    "Slug" TEXT NOT NULL CONSTRAINT "PK_RoleTexts" PRIMARY KEY,
    "BodyHtml" TEXT NOT NULL,
    "WayInHtml" TEXT NOT NULL,
    "FactsJson" TEXT NOT NULL,
    CONSTRAINT "FK_RoleTexts_Roles_Slug" FOREIGN KEY ("Slug") REFERENCES "Roles" ("Slug") ON DELETE CASCADE
);


CREATE TABLE "RouteRules" (
    "RoleSlug" TEXT NOT NULL,
    "Order" INTEGER NOT NULL,
    "Says" TEXT NOT NULL,
    "Source" TEXT NOT NULL,
    "Url" TEXT NOT NULL,
    "Checked" TEXT NOT NULL,
    CONSTRAINT "PK_RouteRules" PRIMARY KEY ("RoleSlug", "Order"),
    CONSTRAINT "FK_RouteRules_Roles_RoleSlug" FOREIGN KEY ("RoleSlug") REFERENCES "Roles" ("Slug") ON DELETE CASCADE
);


CREATE UNIQUE INDEX "IX_CareerMoves_JobSlug_RoleSlug" ON "CareerMoves" ("JobSlug", "RoleSlug");


CREATE INDEX "IX_CareerMoves_RoleSlug" ON "CareerMoves" ("RoleSlug");


CREATE INDEX "IX_Certifications_RoleSlug" ON "Certifications" ("RoleSlug");


CREATE INDEX "IX_ClinicalPathways_From" ON "ClinicalPathways" ("From");


CREATE INDEX "IX_ClinicalPathways_RoleSlug" ON "ClinicalPathways" ("RoleSlug");


CREATE INDEX "IX_RoleRelations_RelatedSlug" ON "RoleRelations" ("RelatedSlug");


CREATE INDEX "IX_Roles_CategorySlug_Title" ON "Roles" ("CategorySlug", "Title");


CREATE INDEX "IX_Roles_Filters" ON "Roles" ("Remote", "EntryEducation", "PatientContact", "CategorySlug");


CREATE INDEX "IX_Roles_ListOrder" ON "Roles" ("CategoryOrder", "Title", "Remote", "EntryEducation", "PatientContact", "CategorySlug");


CREATE INDEX "IX_Roles_Title" ON "Roles" ("Title");


CREATE INDEX "IX_TocEntries_DocumentKey" ON "TocEntries" ("DocumentKey");
