/**
 * People and access: accounts with strongly hashed passwords, the roles of the domain
 * (administrator, performance team, data owner, councillor), form login with throttling against
 * guessing, the first administrator, and the web security settings. Administrators add people,
 * change their roles, disable them and reset their passwords; each person changes their own. {@code
 * Access} says who may do what, reading the roles from the database on each question.
 */
package org.barometer.app.security;
