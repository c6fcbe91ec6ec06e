/**
 * People and access: accounts with strongly hashed passwords, the roles of the domain
 * (administrator, performance team, data owner, councillor), form login with throttling against
 * guessing, the first administrator, and the web security settings.
 */
package org.barometer.app.security;
