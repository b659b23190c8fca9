-- CreateIndex
CREATE INDEX "Job_vaultId_state_createdAt_idx" ON "Job"("vaultId", "state", "createdAt");
