package org.phasezero.socialcapital;

import org.phasezero.support.OnPostgres;

/** The social capital contract on PostgreSQL (embedded binaries). */
@OnPostgres
class SocialCapitalOnPostgresTest extends SocialCapitalContract {}
