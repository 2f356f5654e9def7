-- CreateTable
CREATE TABLE "SignInFailure" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "at" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "SignInAddress" (
    "email" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "lastAt" DATETIME NOT NULL,

    PRIMARY KEY ("email", "address")
);

-- CreateIndex
CREATE INDEX "SignInFailure_email_address_at_idx" ON "SignInFailure"("email", "address", "at");

-- CreateIndex
CREATE INDEX "SignInFailure_address_at_idx" ON "SignInFailure"("address", "at");

-- CreateIndex
CREATE INDEX "SignInFailure_at_idx" ON "SignInFailure"("at");

-- Written by hand: sessions and one-time values are now found by the SHA-256 of their
-- token, so rows holding raw tokens can never match again. Delete them rather than keep
-- tokens readable in the file: everyone signs in once more, and outstanding reset links
-- must be issued again.
DELETE FROM "Session";
DELETE FROM "Verification";

-- Single sign-on tokens are now sealed with the auth secret; Tuneset never reads them, so
-- the plain copies go.
UPDATE "Account" SET "accessToken" = NULL, "refreshToken" = NULL, "idToken" = NULL WHERE "providerId" <> 'credential';
