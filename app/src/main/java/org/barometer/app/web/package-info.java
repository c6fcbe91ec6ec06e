/**
 * What the staff pages share beyond Spring MVC: pages drawn once for each person and sent as bytes
 * after that ({@link org.barometer.app.web.DrawnPages}).
 */
package org.barometer.app.web;
